using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Zhibao.Documents.Tests;

/// <summary>Small hand-made templates, written the way Word writes them (runs split at formatting changes).</summary>
internal static class TestDocs
{
    public static byte[] Create(IEnumerable<OpenXmlElement> body, string? header = null, string? footer = null,
        WordprocessingDocumentType type = WordprocessingDocumentType.Document)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, type))
        {
            var main = document.AddMainDocumentPart();
            var section = new SectionProperties();
            if (header is not null)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new Header(Para(Run(header)));
                section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }
            if (footer is not null)
            {
                var part = main.AddNewPart<FooterPart>();
                part.Footer = new Footer(Para(Run(footer)));
                section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }
            main.Document = new Document(new Body([.. body, section]));
        }
        return stream.ToArray();
    }

    public static Paragraph Para(params Run[] runs) => new(runs);

    public static Run Run(string text, bool bold = false, bool italic = false)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }
        if (italic)
        {
            properties.Append(new Italic());
        }
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    public static Table Table(params string[] cells) =>
        new(new TableRow(cells.Select(c => new TableCell(Para(Run(c))))));

    /// <summary>Opens a rendered document again with OpenXml, to look at its runs.</summary>
    public static T Read<T>(byte[] docx, Func<WordprocessingDocument, T> read)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return read(document);
    }

    public static byte[] Render(byte[] template, IReadOnlyDictionary<string, string> values)
    {
        using var stream = new MemoryStream(template);
        return DocxTemplate.Render(stream, values);
    }

    public static IReadOnlyList<string> Placeholders(byte[] template)
    {
        using var stream = new MemoryStream(template);
        return DocxTemplate.Placeholders(stream);
    }
}
