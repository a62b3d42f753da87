namespace Zhibao.Documents;

/// <summary>
/// What the summary report of a joint operation or campaign says: its plan as label/value rows, the plan text, each unit's
/// task, the totals, each result reported, the cases opened, the closing summary, the issuer and the date.
/// </summary>
public sealed record OperationReportContent(
    string Title,
    IReadOnlyList<(string Label, string Value)> Facts,
    string? Plan,
    IReadOnlyList<string> Tasks,
    string Totals,
    IReadOnlyList<string> Results,
    IReadOnlyList<string> Cases,
    string? Summary,
    string Issuer,
    DateOnly Date);

/// <summary>
/// The summary report (工作总结) of a joint operation or campaign (联合执法, 专项行动) in the bureau's document format (GB/T 9704 as
/// the templates): title, a table of the plan, then 一、行动方案 二、任务分工及完成情况 三、行动成果 四、工作总结, issuer and date.
/// </summary>
public static class OperationReportDocument
{
    public static byte[] Build(OperationReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var writer = new TemplateWriter().ArticleTitle(content.Title);
        writer.Table(header: false, [], content.Facts.Select(f => (f.Label, f.Value)).ToArray());
        writer.SectionHeading("一、行动方案");
        Paragraphs(writer, content.Plan, "未填写行动方案。");
        writer.SectionHeading("二、任务分工及完成情况");
        Numbered(writer, content.Tasks, "未分解任务。");
        writer.SectionHeading("三、行动成果");
        writer.Paragraph(content.Totals);
        if (content.Results.Count > 0)
        {
            writer.Heading2("（一）各单位报送情况");
            Numbered(writer, content.Results, "");
        }
        if (content.Cases.Count > 0)
        {
            writer.Heading2(content.Results.Count > 0 ? "（二）立案查处的案件" : "（一）立案查处的案件");
            Numbered(writer, content.Cases, "");
        }
        writer.SectionHeading("四、工作总结");
        Paragraphs(writer, content.Summary, "（待填写）");
        writer.Signature(content.Issuer, $"{content.Date.Year}年{content.Date.Month}月{content.Date.Day}日");
        return writer.Build(content.Title);
    }

    private static void Paragraphs(TemplateWriter writer, string? text, string empty)
    {
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        if (lines.Count == 0)
        {
            writer.Paragraph(empty);
        }
        foreach (var line in lines)
        {
            writer.Paragraph(line.Trim());
        }
    }

    private static void Numbered(TemplateWriter writer, IReadOnlyList<string> items, string empty)
    {
        if (items.Count == 0 && empty.Length > 0)
        {
            writer.Paragraph(empty);
        }
        for (var i = 0; i < items.Count; i++)
        {
            writer.Paragraph($"{i + 1}. {items[i]}");
        }
    }
}
