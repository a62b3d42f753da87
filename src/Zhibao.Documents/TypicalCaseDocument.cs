namespace Zhibao.Documents;

/// <summary>
/// A typical case (典型案例) as a .docx for the press and the city bureau: the title, the publishing authority and date,
/// then 一、基本案情 … 四、典型意义, each block's lines as paragraphs, in the 公文 layout of the other documents.
/// The text comes already de-identified; this only lays it out.
/// </summary>
public static class TypicalCaseDocument
{
    public static byte[] Build(string title, string byline, IEnumerable<(string Heading, string Text)> sections)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(sections);
        var writer = new TemplateWriter().ArticleTitle(title);
        if (!string.IsNullOrWhiteSpace(byline))
        {
            writer.Number(byline);
        }
        string[] numbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
        var i = 0;
        foreach (var (heading, text) in sections)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            writer.SectionHeading($"{(i < numbers.Length ? numbers[i] : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))}、{heading}");
            i++;
            foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                if (!string.IsNullOrWhiteSpace(line))
                {
                    writer.Paragraph(line.Trim());
                }
            }
        }
        return writer.Build(title);
    }
}
