using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Zhibao.Documents;

/// <summary>One table of a report: its caption, column headers and rows of text.</summary>
public sealed record ReportTable(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, string? Note = null);

/// <summary>
/// A statistical report (统计报表) as .docx: a title, lines about the period and the unit, then bordered tables with a
/// repeated header row, on landscape A4 so that ten columns fit. Generated, not a template: the tables are data.
/// </summary>
public static class TableReport
{
    // Twentieths of a point (twips) and half-points.
    private const int PageWidth = 16838, PageHeight = 11906; // A4 landscape
    private const int Margin = 1134; // 20 mm
    private const int TextWidth = PageWidth - 2 * Margin;
    private const string Body = "仿宋", Heading = "黑体", Title = "宋体", Latin = "Times New Roman";

    public static byte[] Build(string title, IEnumerable<string> preface, IEnumerable<ReportTable> tables, IEnumerable<string> notes)
    {
        var body = new Body(Paragraph(title, Title, 36, bold: true, JustificationValues.Center, after: 120));
        foreach (var line in preface)
        {
            body.Append(Paragraph(line, Body, 24, bold: false, JustificationValues.Center, after: 60));
        }
        foreach (var table in tables)
        {
            body.Append(Paragraph(table.Caption, Heading, 28, bold: false, JustificationValues.Left, after: 120, before: 240));
            body.Append(Table(table));
            if (table.Note is { } note)
            {
                body.Append(Paragraph("注：" + note, Body, 21, bold: false, JustificationValues.Left, after: 0, before: 60));
            }
        }
        foreach (var line in notes)
        {
            body.Append(Paragraph(line, Body, 21, bold: false, JustificationValues.Left, after: 0, before: 120));
        }
        body.Append(new SectionProperties(
            new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = Margin, Bottom = Margin, Left = Margin, Right = Margin, Header = 567, Footer = 567, Gutter = 0 }));

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Latin, HighAnsi = Latin, EastAsia = Body, ComplexScript = Latin },
                    new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "300", LineRule = LineSpacingRuleValues.Auto }))));
            main.Document = new Document(body);
            document.PackageProperties.Title = title;
            document.PackageProperties.Language = "zh-CN";
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string font, int halfPoints, bool bold, JustificationValues align, int after, int before = 0)
    {
        var run = new RunProperties(new RunFonts { EastAsia = font, Ascii = Latin, HighAnsi = Latin }, new FontSize { Val = halfPoints.ToString() },
            new FontSizeComplexScript { Val = halfPoints.ToString() });
        if (bold)
        {
            run.Append(new Bold());
        }
        return new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { Before = before.ToString(), After = after.ToString() }, new Justification { Val = align }),
            new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Table Table(ReportTable t)
    {
        var borders = new OpenXmlElement[] { new TopBorder(), new LeftBorder(), new BottomBorder(), new RightBorder(), new InsideHorizontalBorder(), new InsideVerticalBorder() };
        foreach (var b in borders.Cast<BorderType>())
        {
            b.Val = BorderValues.Single;
            b.Size = 4;
            b.Color = "000000";
        }
        // The first column holds names (units, indicators): twice as wide as a figure's column.
        var unit = TextWidth / (t.Headers.Count + 1);
        var widths = t.Headers.Select((_, i) => i == 0 ? TextWidth - unit * (t.Headers.Count - 1) : unit).ToList();
        var table = new Table(
            new TableProperties(new TableWidth { Width = TextWidth.ToString(), Type = TableWidthUnitValues.Dxa }, new TableBorders(borders),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        table.Append(Row(t.Headers, widths, header: true));
        foreach (var row in t.Rows)
        {
            table.Append(Row(row, widths, header: false));
        }
        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, List<int> widths, bool header)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }
        return new TableRow([properties, .. cells.Select((text, i) => new TableCell(
            new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(), Type = TableWidthUnitValues.Dxa },
                new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
            Paragraph(text, header ? Heading : Body, 21, bold: false, i == 0 && !header ? JustificationValues.Left : JustificationValues.Center, after: 0)))]);
    }
}
