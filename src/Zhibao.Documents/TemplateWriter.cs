using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Zhibao.Documents;

/// <summary>
/// Writes the default templates: A4 with the margins of 《党政机关公文格式》 (GB/T 9704, which the SAMR 文书范本
/// tells to follow), 仿宋 三号 text, 宋体 bold title. Formatting lives in named Chinese styles (文书标题, 正文 …) so an
/// administrator who adapts a template in Word finds them in the style list.
/// </summary>
internal sealed class TemplateWriter
{
    // Twentieths of a point (twips) and half-points, as OpenXml wants them.
    private const int PageWidth = 11906, PageHeight = 16838; // A4
    private const int MarginTop = 2098, MarginBottom = 1984, MarginLeft = 1588, MarginRight = 1474; // 37/35/28/26 mm
    private const int TextWidth = PageWidth - MarginLeft - MarginRight;
    private const int LabelWidth = 2600;
    private const string Body = "仿宋", TitleFont = "宋体", Latin = "Times New Roman", Heading1Font = "黑体", Heading2Font = "楷体";

    private readonly List<OpenXmlElement> content = [];

    /// <summary>"{{机关名称}}" above the document's name, centered and bold.</summary>
    public TemplateWriter Heading(string documentName) => Add("ZhibaoTitle", "{{机关名称}}\n" + documentName);

    /// <summary>A title without the authority placeholder (an article, a typical case), centered and bold.</summary>
    public TemplateWriter ArticleTitle(string text) => Add("ZhibaoTitle", text);

    /// <summary>一级标题 "一、……" in 黑体 (GB/T 9704 7.3.3).</summary>
    public TemplateWriter SectionHeading(string text) => Add("ZhibaoHeading1", text);

    /// <summary>二级标题 "（一）……" in 楷体 (GB/T 9704 7.3.3).</summary>
    public TemplateWriter Heading2(string text) => Add("ZhibaoHeading2", text);

    /// <summary>文号 or 案号 line under the title, right-aligned.</summary>
    public TemplateWriter Number(string text) => Add("ZhibaoNumber", text);

    /// <summary>A line without indent: the addressee, the party's particulars.</summary>
    public TemplateWriter Line(string text) => Add("ZhibaoLine", text);

    /// <summary>A body paragraph, first line indented by two characters.</summary>
    public TemplateWriter Paragraph(string text) => Add("ZhibaoBody", text);

    /// <summary>A multi-line value (证据, 处罚内容 …): every line indented by two characters, so lines 2+ align with line 1.</summary>
    public TemplateWriter Items(string text) => Add("ZhibaoItems", text);

    /// <summary>The issuing authority and date, right-aligned, after a blank line for the seal.</summary>
    public TemplateWriter Signature(params string[] lines)
    {
        Add("ZhibaoLine", "");
        foreach (var line in lines)
        {
            Add("ZhibaoSignature", line);
        }
        return this;
    }

    /// <summary>
    /// A bordered two-column form. <paramref name="header"/> adds a 项目 | 内容 row (repeated on each page); a row
    /// whose label is in <paramref name="tall"/> leaves room for handwriting (opinions, signatures).
    /// </summary>
    public TemplateWriter Table(bool header, IEnumerable<string> tall, params (string Label, string Content)[] rows)
    {
        var border = new BorderType[]
        {
            new TopBorder(), new LeftBorder(), new BottomBorder(), new RightBorder(),
            new InsideHorizontalBorder(), new InsideVerticalBorder(),
        };
        foreach (var b in border)
        {
            b.Val = BorderValues.Single;
            b.Size = 4;
            b.Color = "000000";
        }
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableBorders(border),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = LabelWidth.ToString() }, new GridColumn { Width = (TextWidth - LabelWidth).ToString() }));
        if (header)
        {
            table.Append(Row("项目", "内容", 0, bold: true, repeat: true));
        }
        var tallLabels = tall.ToHashSet();
        foreach (var (label, text) in rows)
        {
            table.Append(Row(label, text, tallLabels.Contains(label) ? 1700u : 560u, bold: false, repeat: false));
        }
        content.Add(table);
        return this;
    }

    public byte[] Build(string title)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            // Without compatibilityMode 15, Word opens the file in compatibility mode. DoNotExpandShiftReturn: a
            // justified line that ends in a line break (multi-line values) is not stretched across the page.
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new Compatibility(
                new DoNotExpandShiftReturn(),
                new CompatibilitySetting
                {
                    Name = CompatSettingNameValues.CompatibilityMode,
                    Uri = "http://schemas.microsoft.com/office/word",
                    Val = "15",
                }));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = PageNumberFooter();
            var body = new Body(content.Select(e => e.CloneNode(true)));
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 851, Footer = 992, Gutter = 0 }));
            main.Document = new Document(body);
            document.PackageProperties.Title = title;
            document.PackageProperties.Language = "zh-CN";
        }
        return stream.ToArray();
    }

    private TemplateWriter Add(string style, string text)
    {
        content.Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }), TextRun(text)));
        return this;
    }

    /// <summary>One run; "\n" becomes a line break inside the paragraph.</summary>
    private static Run TextRun(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold(), new BoldComplexScript()));
        }
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }

    private static TableRow Row(string label, string text, uint minHeight, bool bold, bool repeat)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (repeat)
        {
            properties.Append(new TableHeader());
        }
        if (minHeight > 0)
        {
            properties.Append(new TableRowHeight { Val = minHeight, HeightType = HeightRuleValues.AtLeast });
        }
        return new TableRow(properties,
            Cell(label, LabelWidth, JustificationValues.Center, bold),
            Cell(text, TextWidth - LabelWidth, bold ? JustificationValues.Center : JustificationValues.Left, bold));
    }

    private static TableCell Cell(string text, int width, JustificationValues align, bool bold) =>
        new(new TableCellProperties(
                new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
            new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "ZhibaoTableText" }, new Justification { Val = align }),
                TextRun(text, bold)));

    /// <summary>"— 1 —" centered: the page number of 公文.</summary>
    private static Footer PageNumberFooter() => new(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new Run(new RunProperties(new FontSize { Val = "28" }), new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
        new SimpleField(new Run(new RunProperties(new FontSize { Val = "28" }), new Text("1"))) { Instruction = " PAGE " },
        new Run(new RunProperties(new FontSize { Val = "28" }), new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));

    private static Styles Styles() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                // EastAsia is what Chinese text uses; Ascii/HighAnsi only cover digits and Latin letters.
                new RunFonts { Ascii = Latin, HighAnsi = Latin, EastAsia = Body, ComplexScript = Latin },
                new FontSize { Val = "32" }, new FontSizeComplexScript { Val = "32" },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" }))),
        ParagraphStyle("Normal", "Normal", null, isDefault: true),
        ParagraphStyle("ZhibaoTitle", "文书标题", new StyleParagraphProperties(
                new SpacingBetweenLines { Line = "720", LineRule = LineSpacingRuleValues.Exact, After = "120" },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(
                new RunFonts { EastAsia = TitleFont, Ascii = Latin, HighAnsi = Latin },
                new Bold(), new FontSize { Val = "44" }, new FontSizeComplexScript { Val = "44" })),
        ParagraphStyle("ZhibaoHeading1", "一级标题", new StyleParagraphProperties(
                new Indentation { FirstLineChars = 200, FirstLine = "640" }, new KeepNext()),
            new StyleRunProperties(new RunFonts { EastAsia = Heading1Font, Ascii = Latin, HighAnsi = Latin })),
        ParagraphStyle("ZhibaoHeading2", "二级标题", new StyleParagraphProperties(
                new Indentation { FirstLineChars = 200, FirstLine = "640" }, new KeepNext()),
            new StyleRunProperties(new RunFonts { EastAsia = Heading2Font, Ascii = Latin, HighAnsi = Latin })),
        ParagraphStyle("ZhibaoNumber", "文书编号", new StyleParagraphProperties(
            new SpacingBetweenLines { After = "240" }, new Justification { Val = JustificationValues.Right })),
        ParagraphStyle("ZhibaoLine", "顶格", new StyleParagraphProperties(new Justification { Val = JustificationValues.Both })),
        ParagraphStyle("ZhibaoBody", "正文", new StyleParagraphProperties(
            new Indentation { FirstLineChars = 200, FirstLine = "640" }, new Justification { Val = JustificationValues.Both })),
        ParagraphStyle("ZhibaoItems", "分项", new StyleParagraphProperties(
            new Indentation { LeftChars = 200, Left = "640" }, new Justification { Val = JustificationValues.Both })),
        ParagraphStyle("ZhibaoSignature", "落款", new StyleParagraphProperties(
            new Indentation { RightChars = 200, Right = "640" }, new Justification { Val = JustificationValues.Right })),
        // Forms use 四号 with normal line spacing so long cells grow instead of being clipped by the exact 28 pt.
        ParagraphStyle("ZhibaoTableText", "表格文字", new StyleParagraphProperties(
                new SpacingBetweenLines { Line = "300", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" })));

    private static Style ParagraphStyle(string id, string name, OpenXmlElement? paragraph, OpenXmlElement? run = null, bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        if (!isDefault)
        {
            style.Append(new BasedOn { Val = "Normal" }, new PrimaryStyle());
        }
        else
        {
            style.Append(new PrimaryStyle());
        }
        if (paragraph is not null)
        {
            style.Append(paragraph);
        }
        if (run is not null)
        {
            style.Append(run);
        }
        return style;
    }
}
