namespace Zhibao.Documents;

/// <summary>A work summary (工作总结): a title, then numbered sections ("一、……") with sub-headings ("（一）……") and paragraphs.</summary>
public sealed record WorkSummaryContent(string Title, string Issuer, DateOnly Date, IReadOnlyList<WorkSummarySection> Sections);

public sealed record WorkSummarySection(string Heading, IReadOnlyList<WorkSummaryPart> Parts);

/// <summary>Paragraphs under an optional sub-heading; a paragraph's "\n" is a line break inside it.</summary>
public sealed record WorkSummaryPart(string? Heading, IReadOnlyList<string> Paragraphs);

/// <summary>
/// Writes a work summary in the bureau's document format (GB/T 9704 as the templates: A4, 仿宋 三号 body, 宋体 title, 黑体 and
/// 楷体 headings, issuer and date at the end, page numbers "— 1 —").
/// </summary>
public static class WorkSummaryDocument
{
    public static byte[] Build(WorkSummaryContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var writer = new TemplateWriter().ArticleTitle(content.Title);
        foreach (var section in content.Sections)
        {
            writer.SectionHeading(section.Heading);
            foreach (var part in section.Parts)
            {
                if (!string.IsNullOrWhiteSpace(part.Heading))
                {
                    writer.Heading2(part.Heading);
                }
                foreach (var paragraph in part.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)))
                {
                    writer.Paragraph(paragraph.Trim());
                }
            }
        }
        writer.Signature(content.Issuer, $"{content.Date.Year}年{content.Date.Month}月{content.Date.Day}日");
        return writer.Build(content.Title);
    }
}
