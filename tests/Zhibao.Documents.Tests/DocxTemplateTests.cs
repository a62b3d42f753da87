using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Zhibao.Documents.Tests.TestDocs;

namespace Zhibao.Documents.Tests;

/// <summary>Filling and listing placeholders, checked on the rendered OpenXml (LibreOffice checks are in RenderingTests).</summary>
public class DocxTemplateTests
{
    private static readonly Dictionary<string, string> Values = new()
    {
        ["案号"] = "津辰市监知罚〔2025〕12号",
        ["当事人名称"] = "天津某某商贸有限公司",
        ["机关名称"] = "天津市北辰区市场监督管理局",
    };

    private static List<Paragraph> BodyParagraphs(byte[] docx) =>
        Read(docx, d => d.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => (Paragraph)p.CloneNode(true)).ToList());

    private static string Text(OpenXmlElement e) => string.Concat(e.Descendants<Text>().Select(t => t.Text));

    [Fact]
    public void Placeholder_split_over_three_runs_takes_the_first_runs_formatting()
    {
        // What Word writes when "{{案号}}" was typed with "{{" in bold and "案" in italics.
        var template = Create([Para(Run("案号："), Run("{{", bold: true), Run("案", italic: true), Run("号}}"), Run("。"))]);

        var paragraph = BodyParagraphs(Render(template, Values)).Single();

        Assert.Equal("案号：津辰市监知罚〔2025〕12号。", Text(paragraph));
        var runs = paragraph.Elements<Run>().ToList();
        Assert.Equal(["案号：", "津辰市监知罚〔2025〕12号", "。"], runs.Select(Text));
        Assert.NotNull(runs[1].RunProperties?.Bold);
        Assert.Null(runs[1].RunProperties?.Italic);
        Assert.Null(runs[0].RunProperties?.Bold);
    }

    [Fact]
    public void Text_sharing_runs_with_placeholders_keeps_its_place()
    {
        var template = Create([Para(Run("甲{{案号}}乙{{当事人名称}}{{案"), Run("号}}丙", bold: true))]);

        var paragraph = BodyParagraphs(Render(template, Values)).Single();

        Assert.Equal("甲津辰市监知罚〔2025〕12号乙天津某某商贸有限公司津辰市监知罚〔2025〕12号丙", Text(paragraph));
        Assert.Equal("丙", Text(paragraph.Elements<Run>().Last()));
    }

    [Fact]
    public void Spaces_inside_the_braces_are_ignored_and_spaces_outside_kept()
    {
        var template = Create([Para(Run(" {{ 案号 }} "))]);

        var paragraph = BodyParagraphs(Render(template, Values)).Single();

        Assert.Equal(" 津辰市监知罚〔2025〕12号 ", Text(paragraph));
        Assert.Equal(SpaceProcessingModeValues.Preserve, paragraph.Descendants<Text>().Single().Space?.Value);
    }

    [Fact]
    public void A_value_with_line_breaks_becomes_several_lines()
    {
        var template = Create([Para(Run("证据：{{证据}}。", bold: true))]);

        var docx = Render(template, new Dictionary<string, string> { ["证据"] = "1.现场笔录；\r\n2.询问笔录；\n3.鉴定意见" });

        var run = BodyParagraphs(docx).Single().Elements<Run>().Single();
        Assert.Equal(["证据：1.现场笔录；", "br", "2.询问笔录；", "br", "3.鉴定意见。"],
            run.ChildElements.Where(c => c is not RunProperties).Select(c => c is Text t ? t.Text : c.LocalName));
        // Lines ending in a break must not be stretched in justified paragraphs.
        Assert.True(Read(docx, d => d.MainDocumentPart!.DocumentSettingsPart!.Settings!
            .GetFirstChild<Compatibility>()!.GetFirstChild<DoNotExpandShiftReturn>() is not null));
    }

    [Fact]
    public void A_placeholder_without_value_renders_empty()
    {
        var template = Create([Para(Run("前"), Run("{{未知}}", bold: true), Run("后"))]);

        var paragraph = BodyParagraphs(Render(template, Values)).Single();

        Assert.Equal("前后", Text(paragraph));
        Assert.Equal(2, paragraph.Elements<Run>().Count()); // the emptied run is gone
    }

    [Fact]
    public void Values_are_text_and_not_filled_again()
    {
        var template = Create([Para(Run("{{当事人名称}}")), Para(Run("{{案号}}"))]);

        var docx = Render(template, new Dictionary<string, string> { ["当事人名称"] = "{{案号}} <&>\u0001", ["案号"] = "X" });

        Assert.Equal(["{{案号}} <&>", "X"], BodyParagraphs(docx).Select(Text));
    }

    [Fact]
    public void Fills_tables_headers_and_footers()
    {
        var template = Create([Table("案号", "{{案号}}")], header: "{{机关名称}}", footer: "第{{案号}}号");

        var docx = Render(template, Values);

        Assert.Contains("津辰市监知罚〔2025〕12号", Read(docx, d => Text(d.MainDocumentPart!.Document!.Body!.Elements<Table>().Single())));
        Assert.Equal("天津市北辰区市场监督管理局", Read(docx, d => Text(d.MainDocumentPart!.HeaderParts.Single().Header!)));
        Assert.Equal("第津辰市监知罚〔2025〕12号号", Read(docx, d => Text(d.MainDocumentPart!.FooterParts.Single().Footer!)));
    }

    [Fact]
    public void Placeholders_lists_each_key_once_in_order_of_appearance()
    {
        var template = Create(
            [
                Para(Run("{{案号}}"), Run("{{当"), Run("事人名称", bold: true), Run("}}")),
                Table("{{ 涉案权利 }}", "{{案号}}"),
                Para(Run("{ {不是} } {单括号} {{}} {{ }}")),
            ],
            header: "{{机关名称}}", footer: "{{自定义字段}}");

        Assert.Equal(["案号", "当事人名称", "涉案权利", "机关名称", "自定义字段"], Placeholders(template));
    }

    [Fact]
    public void The_template_is_left_unchanged_and_a_template_file_yields_a_document()
    {
        var template = Create([Para(Run("{{案号}}"))], type: WordprocessingDocumentType.Template);
        var copy = template.ToArray();

        var docx = Render(template, Values);

        Assert.Equal(copy, template);
        Assert.Equal(WordprocessingDocumentType.Document, Read(docx, d => d.DocumentType));
    }

    public static TheoryData<string, byte[]> InvalidFiles() => new()
    {
        { "empty", [] },
        { "text", Encoding.UTF8.GetBytes("这不是Word文档") },
        { "old binary .doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0] },
        { "zip of something else", Zip(("readme.txt", "hello")) },
        { "truncated docx", DefaultTemplates.Build(CaseDocumentKind.PenaltyDecision)[..2000] },
        { "damaged document.xml", WithDocumentXml("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>") },
        { "workbook", Workbook() },
    };

    [Theory]
    [MemberData(nameof(InvalidFiles))]
    public void A_file_that_is_not_a_docx_is_reported_in_chinese(string what, byte[] file)
    {
        Assert.NotNull(what);
        var render = Assert.Throws<DocumentTemplateException>(() => Render(file, Values));
        var list = Assert.Throws<DocumentTemplateException>(() => Placeholders(file));
        Assert.Equal("文件不是有效的Word（.docx）文档", render.Message);
        Assert.Equal(render.Message, list.Message);
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }
        return stream.ToArray();
    }

    private static byte[] WithDocumentXml(string xml)
    {
        using var stream = new MemoryStream();
        stream.Write(DefaultTemplates.Build(CaseDocumentKind.PenaltyNotice));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write(xml);
        }
        return stream.ToArray();
    }

    private static byte[] Workbook()
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            workbook.AddWorkbookPart().Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
        }
        return stream.ToArray();
    }
}
