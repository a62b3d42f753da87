using System.Text;
using MiniExcelLibs;
using Zhibao.Domain.Reporting;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Reporting;

/// <summary>
/// The report as files for the upload to the national system: an .xlsx workbook (案件明细 in the layout's columns, 月度汇总,
/// 报送信息 with the version and its SHA-256) and a CSV of the rows in UTF-8 with a byte-order mark (so Excel opens Chinese
/// correctly). Both are made from the frozen snapshot once a version is prepared, so the file of a submitted version never
/// changes with the cases.
/// </summary>
public static class MonthlyReportExport
{
    public const string Title = "专利行政执法案件信息月报";
    public const string CasesSheet = "案件明细";
    public const string TotalsSheet = "月度汇总";
    public const string InfoSheet = "报送信息";

    public static ReportFile Xlsx(ReportSnapshot snapshot, MonthlyReportView view, int? number)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(view);
        var layout = snapshot.Layout;
        var rows = snapshot.Cases.Select(c => layout.Fields.Zip(layout.Row(c)).ToDictionary(p => p.First.Header, p => (object?)p.Second)).ToList();
        if (rows.Count == 0)
        {
            // MiniExcel takes the headers from the first row: an empty month still shows them.
            rows.Add(layout.Fields.ToDictionary(f => f.Header, _ => (object?)null));
        }
        var totals = new[] { ("合计", snapshot.Totals.PendingAtStart, snapshot.Totals.Filed, snapshot.Totals.Closed, snapshot.Totals.PendingAtEnd, snapshot.Totals.ClosureRate) }
            .Concat(snapshot.Totals.ByKind.Select(k => (k.Name, k.PendingAtStart, k.Filed, k.Closed, k.PendingAtEnd, k.ClosureRate)))
            .Select(t => new Dictionary<string, object?>
            {
                ["类别"] = t.Item1, ["期初在办"] = t.Item2, ["本月立案"] = t.Item3, ["本月结案"] = t.Item4, ["期末在办"] = t.Item5,
                ["结案率（%）"] = t.Item6,
            }).ToList();
        var version = view.Versions.FirstOrDefault(v => v.Number == number);
        var info = new (string, string?)[]
        {
            ("报表", Title), ("填报单位", snapshot.BureauName), ("报告期", snapshot.Period), ("报送截止日", $"{snapshot.DueDate:yyyy-MM-dd}"),
            ("版本", number is null ? "未生成（当前案件数据）" : $"第{number}版（{version?.StatusName}）"),
            ("更正原因", version?.CorrectionReason), ("填报人", version?.PreparedByName), ("审核人", version?.CheckedByName),
            ("审批人", version?.ApprovedByName), ("报送时间", version?.SubmittedAt is { } at ? Clock.Format(at) : null),
            ("回执号", version?.ReceiptNumber), ("SHA-256", version?.Sha256),
            ("期初在办来源", snapshot.Totals.CarriedOver ? "上月已报送月报的期末在办" : "按案件数据计算"),
        }.Select(i => new Dictionary<string, object?> { ["项目"] = i.Item1, ["内容"] = i.Item2 }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { [CasesSheet] = rows, [TotalsSheet] = totals, [InfoSheet] = info });
        return new ReportFile(stream.ToArray(), ExcelExport.ContentType, FileName(snapshot, number, "xlsx"));
    }

    public static ReportFile Csv(ReportSnapshot snapshot, int? number)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var layout = snapshot.Layout;
        var text = new StringBuilder();
        text.Append(string.Join(',', layout.Fields.Select(f => Quote(f.Header)))).Append("\r\n");
        foreach (var c in snapshot.Cases)
        {
            text.Append(string.Join(',', layout.Row(c).Select(Quote))).Append("\r\n");
        }
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return new ReportFile(bytes, "text/csv; charset=utf-8", FileName(snapshot, number, "csv"));
    }

    /// <summary>RFC 4180: a value with a comma, quote or line break is quoted, its quotes doubled.</summary>
    internal static string Quote(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static string FileName(ReportSnapshot snapshot, int? number, string extension) =>
        $"{Title}_{snapshot.Period}{(number is null ? "_未生成" : $"_第{number}版")}.{extension}";
}
