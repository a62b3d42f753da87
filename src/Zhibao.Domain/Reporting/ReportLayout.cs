using System.Text.Json.Serialization;
using Zhibao.Domain.Identifiers;

namespace Zhibao.Domain.Reporting;

/// <summary>A value of a case the report can show: its code (used in the layout setting) and how it is read.</summary>
public sealed record ReportSource(string Code, string Name, Func<ReportCase, string?> Read, bool Available = true);

/// <summary>
/// The case values a report column can take. <see cref="ReportSource.Available"/> is false where no case field holds
/// the value yet (电子商务 and 展会 flags): such a column stays empty and is marked “数据源未接入”, never filled with “否”.
/// </summary>
public static class ReportSources
{
    public static readonly IReadOnlyList<ReportSource> All =
    [
        new("caseNumber", "案件编号", c => c.CaseNumber),
        new("title", "案件名称", c => c.Title),
        new("kind", "案件类别", c => ReportCase.KindName(c.Kind)),
        new("patentNumber", "专利号", c => c.PatentNumbers),
        new("patentKind", "专利类型", c => c.PatentKind is { } k ? PatentNumber.KindName(k) : null),
        new("patentTitle", "专利名称", c => c.PatentTitle),
        new("requesters", "请求人/权利人", c => c.Requesters),
        new("respondents", "被请求人/当事人", c => c.Respondents),
        new("receivedOn", "请求/线索日期", c => ReportCase.Date(c.ReceivedOn)),
        new("filedOn", "立案日期", c => ReportCase.Date(c.FiledOn)),
        new("closedOn", "结案日期", c => ReportCase.Date(c.ClosedOn)),
        new("status", "月末状态", c => c.ClosedOn is null ? "在办" : "已结案"),
        new("outcome", "处理结果", c => c.Outcome),
        new("penaltyAmount", "罚没金额（元）", c => ReportCase.Amount(c.PenaltyAmount)),
        new("agreedAmount", "调解赔偿金额（元）", c => ReportCase.Amount(c.AgreedAmount)),
        new("eCommerce", "电子商务领域", c => ReportCase.Flag(c.ECommerce), Available: false),
        new("tradeFair", "展会", c => ReportCase.Flag(c.TradeFair), Available: false),
        new("referral", "移送司法机关", c => c.Referral ? "是" : "否"),
    ];

    private static readonly Dictionary<string, ReportSource> ByCode = All.ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);

    public static ReportSource? Find(string code) => ByCode.GetValueOrDefault(code);

    public static ReportSource Get(string code) => ByCode[code];
}

/// <summary>A column of the national form: its header, the case value it shows, and whether it must be filled (for which kinds).</summary>
public sealed record ReportField(string Source, string Header, bool Required, IReadOnlyList<ReportCaseKind>? RequiredFor = null)
{
    public bool IsRequiredFor(ReportCaseKind kind) => Required && (RequiredFor is null || RequiredFor.Contains(kind));

    [JsonIgnore]
    public bool Available => ReportSources.Find(Source)?.Available ?? false;

    public string? ValueOf(ReportCase c) => ReportSources.Find(Source)?.Read(c);
}

/// <summary>
/// The columns of the 专利行政执法案件信息月报 and where each comes from. The national form's field list is not public
/// (legal-rules.md §8.2, UNVERIFIED; “get the field list from the provincial IP office”), so the layout is data: the
/// default below, replaced by the setting Reporting.MonthlyFields written as
/// <c>*案件编号=caseNumber; 专利名称=patentTitle; *专利号=patentNumber:dispute,counterfeit</c> — one column per entry,
/// “*” for a required column, and after “:” the kinds it is required for (dispute, counterfeit, mediation; all when omitted).
/// </summary>
public sealed class ReportLayout
{
    private static readonly (string Code, ReportCaseKind Kind)[] KindCodes =
    [
        ("dispute", ReportCaseKind.PatentDispute), ("counterfeit", ReportCaseKind.CounterfeitPatent), ("mediation", ReportCaseKind.PatentMediation),
    ];

    public ReportLayout(IReadOnlyList<ReportField> fields) => Fields = fields;

    public IReadOnlyList<ReportField> Fields { get; }

    public static ReportLayout Default { get; } = new(
    [
        new("caseNumber", "案件编号", true),
        new("title", "案件名称", true),
        new("kind", "案件类别", true),
        new("patentNumber", "专利号", true, [ReportCaseKind.PatentDispute, ReportCaseKind.CounterfeitPatent]),
        new("patentKind", "专利类型", true, [ReportCaseKind.PatentDispute]),
        new("patentTitle", "专利名称", false),
        new("requesters", "请求人/权利人", true, [ReportCaseKind.PatentDispute, ReportCaseKind.PatentMediation]),
        new("respondents", "被请求人/当事人", true),
        new("receivedOn", "请求/线索日期", true),
        new("filedOn", "立案日期", true),
        new("closedOn", "结案日期", false),
        new("status", "月末状态", true),
        new("outcome", "处理结果", false),
        new("penaltyAmount", "罚没金额（元）", false),
        new("agreedAmount", "调解赔偿金额（元）", false),
        new("eCommerce", "是否电子商务领域", false),
        new("tradeFair", "是否展会", false),
        new("referral", "是否移送司法机关", true),
    ]);

    /// <summary>The values of one case in column order.</summary>
    public IReadOnlyList<string?> Row(ReportCase c) => Fields.Select(f => f.ValueOf(c)).ToList();

    /// <summary>Reads the setting; blank means <see cref="Default"/>. The error names the entry in Chinese.</summary>
    public static ReportLayout? Parse(string? text, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Default;
        }
        var entries = text.Split([';', '；', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var fields = new List<ReportField>();
        foreach (var (entry, i) in entries.Select((e, i) => (e, i + 1)))
        {
            var field = ParseEntry(entry, out error);
            if (field is null)
            {
                error = $"第{i}项“{entry}”：{error}";
                return null;
            }
            if (fields.Any(f => string.Equals(f.Source, field.Source, StringComparison.OrdinalIgnoreCase)))
            {
                error = $"第{i}项“{entry}”：数据来源“{field.Source}”重复";
                return null;
            }
            if (fields.Any(f => f.Header == field.Header))
            {
                error = $"第{i}项“{entry}”：表头“{field.Header}”重复";
                return null;
            }
            fields.Add(field);
        }
        if (fields.Count == 0)
        {
            error = "至少需要一列";
            return null;
        }
        return new ReportLayout(fields);
    }

    private static ReportField? ParseEntry(string entry, out string? error)
    {
        error = null;
        var required = entry.StartsWith('*');
        var body = required ? entry[1..] : entry;
        var equals = body.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            error = "格式应为“表头=数据来源”，必填列前加“*”";
            return null;
        }
        var header = body[..equals].Trim();
        var rest = body[(equals + 1)..].Split([':', '：'], 2, StringSplitOptions.TrimEntries);
        if (header.Length is 0 or > 50)
        {
            error = "表头不能为空且不超过50个字符";
            return null;
        }
        if (ReportSources.Find(rest[0]) is not { } source)
        {
            error = $"未知的数据来源“{rest[0]}”，可选：{string.Join("、", ReportSources.All.Select(s => $"{s.Code}（{s.Name}）"))}";
            return null;
        }
        List<ReportCaseKind>? kinds = null;
        if (rest.Length == 2)
        {
            kinds = [];
            foreach (var code in rest[1].Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var known = KindCodes.FirstOrDefault(k => string.Equals(k.Code, code, StringComparison.OrdinalIgnoreCase));
                if (known.Code is null)
                {
                    error = $"未知的案件类别“{code}”，可选：dispute（专利侵权纠纷）、counterfeit（假冒专利）、mediation（专利纠纷调解）";
                    return null;
                }
                kinds.Add(known.Kind);
            }
        }
        return new ReportField(source.Code, header, required, kinds);
    }

    /// <summary>The layout in the setting's notation (Parse(Format()) gives it back).</summary>
    public string Format() => string.Join("; ", Fields.Select(f =>
        (f.Required ? "*" : "") + f.Header + "=" + f.Source
        + (f.RequiredFor is { } kinds ? ":" + string.Join(",", kinds.Select(k => KindCodes.First(c => c.Kind == k).Code)) : "")));
}
