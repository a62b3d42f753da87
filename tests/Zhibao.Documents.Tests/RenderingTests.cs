using System.Text.RegularExpressions;
using static Zhibao.Documents.Tests.TestDocs;

namespace Zhibao.Documents.Tests;

/// <summary>
/// One LibreOffice for the class, and every default template filled with its sample values and converted in one
/// go. Lazy, so a missing LibreOffice fails each test with its message instead of failing the fixture.
/// </summary>
public sealed class SampleDocuments : IDisposable
{
    private readonly Lazy<Dictionary<CaseDocumentKind, string>> texts;

    public SampleDocuments() => texts = new(() =>
    {
        var kinds = Enum.GetValues<CaseDocumentKind>();
        var rendered = kinds.Select(k => Render(DefaultTemplates.Build(k), CaseDocumentFields.SampleValues(k))).ToList();
        return kinds.Zip(Office.ToText(rendered)).ToDictionary(p => p.First, p => p.Second);
    });

    public LibreOffice Office { get; } = new();

    public string Text(CaseDocumentKind kind) => texts.Value[kind];

    public void Dispose() => Office.Dispose();
}

/// <summary>Generated documents opened with a real reader (LibreOffice), not just re-read with OpenXml.</summary>
public class RenderingTests(SampleDocuments samples) : IClassFixture<SampleDocuments>
{
    public static TheoryData<CaseDocumentKind> Kinds() => [.. Enum.GetValues<CaseDocumentKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Default_template_renders_title_case_number_and_every_sample_value(CaseDocumentKind kind)
    {
        var text = samples.Text(kind);
        var fields = CaseDocumentFields.For(kind).ToDictionary(f => f.Key, f => f.Sample);

        Assert.Contains("天津市北辰区市场监督管理局\n" + kind.ChineseName() + "\n", text.Replace("\r\n", "\n"));
        if (kind != CaseDocumentKind.NotFilingApproval) // numbered when filed: a case not filed has none
        {
            Assert.Contains("津辰市监知罚〔2025〕12号", text);
        }
        // Multi-line samples (证据 …) come out as separate lines.
        Assert.All(fields.Values.SelectMany(v => v.Split('\n')), line => Assert.Contains(line, text));
        Assert.DoesNotContain("{{", text);
        Assert.DoesNotContain("}}", text);
    }

    [Theory]
    [InlineData(CaseDocumentKind.PenaltyDecision, "津辰市监知处罚〔2025〕12号")]
    [InlineData(CaseDocumentKind.PenaltyDecision, "罚款人民币12,345.60元（壹万贰仟叁佰肆拾伍元陆角）")]
    [InlineData(CaseDocumentKind.PenaltyDecision, "十五日内")]
    [InlineData(CaseDocumentKind.PenaltyDecision, "第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款")]
    [InlineData(CaseDocumentKind.PenaltyDecision, "六十日内向天津市北辰区人民政府申请行政复议")]
    [InlineData(CaseDocumentKind.PenaltyDecision, "六个月内依法向天津市北辰区人民法院提起行政诉讼")]
    [InlineData(CaseDocumentKind.PenaltyNotice, "享有陈述、申辩的权利")]
    [InlineData(CaseDocumentKind.PenaltyNotice, "收到本告知书之日起五个工作日内向本局提出")]
    [InlineData(CaseDocumentKind.HearingNotice, "有要求举行听证的权利")]
    [InlineData(CaseDocumentKind.HearingNotice, "收到本告知书之日起五个工作日内向本局提出")]
    [InlineData(CaseDocumentKind.CriminalReferralLetter, "天津市公安局北辰分局：")]
    [InlineData(CaseDocumentKind.CriminalReferralLetter, "涉嫌构成销售假冒注册商标的商品罪")]
    [InlineData(CaseDocumentKind.FilingApproval, "同意立案。")]
    [InlineData(CaseDocumentKind.NotFilingApproval, "津辰市监知不立〔2025〕3号")]
    [InlineData(CaseDocumentKind.ServiceReceipt, "行政处罚决定书（津辰市监知处罚〔2025〕12号）")]
    [InlineData(CaseDocumentKind.ClosingApproval, "行政处罚决定已执行完毕")]
    public void Documents_carry_their_statutory_wording(CaseDocumentKind kind, string phrase) =>
        Assert.Contains(phrase, samples.Text(kind));

    [Fact]
    public void Placeholder_split_over_three_runs_renders_in_libreoffice()
    {
        var template = Create([Para(Run("案号："), Run("{{", bold: true), Run("案", italic: true), Run("号}}"), Run("。"))]);

        var text = samples.Office.ToText(Render(template, new Dictionary<string, string> { ["案号"] = "津辰市监知罚〔2025〕12号" }));

        Assert.Equal("案号：津辰市监知罚〔2025〕12号。", text.Trim('\uFEFF', '\r', '\n'));
    }

    [Fact]
    public void Headers_and_footers_are_filled_on_the_printed_page()
    {
        var template = Create([Para(Run("正文"))], header: "{{机关名称}}", footer: "案号：{{案号}}");
        var values = new Dictionary<string, string> { ["机关名称"] = "天津市北辰区市场监督管理局", ["案号"] = "津辰市监知罚〔2025〕12号" };

        // The text export leaves headers and footers out; the PDF has them. pdftotext spaces out mixed scripts.
        var page = Regex.Replace(samples.Office.ToPdfText(Render(template, values)), @"\s+", "");

        Assert.Contains("天津市北辰区市场监督管理局", page);
        Assert.Contains("案号：津辰市监知罚〔2025〕12号", page);
        Assert.DoesNotContain("{{", page);
    }
}
