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
        // Numbered when filed: the 不予立案审批表, 补正通知书 and 不予受理通知书 come before any case number.
        var number = CaseDocumentFields.SampleValues(kind)["案号"];
        if (kind is not (CaseDocumentKind.NotFilingApproval or CaseDocumentKind.CorrectionNotice or CaseDocumentKind.NonAcceptanceNotice))
        {
            Assert.Contains(number, text);
        }
        Assert.Equal(kind.Group() switch
        {
            CaseDocumentGroup.Penalty => "津辰市监知罚〔2025〕12号",
            CaseDocumentGroup.Adjudication => "津辰市监知裁〔2025〕3号",
            _ => "津辰市监知调〔2025〕2号",
        }, number);
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
    [InlineData(CaseDocumentKind.AcceptanceNotice, "天津某某科技有限公司：")]
    [InlineData(CaseDocumentKind.AcceptanceNotice, "符合《专利纠纷行政裁决和调解办法》第十二条规定的受理条件")]
    [InlineData(CaseDocumentKind.AcceptanceNotice, "本局决定立案处理，案号为津辰市监知裁〔2025〕3号")]
    [InlineData(CaseDocumentKind.AcceptanceNotice, "合议组由王某某（组长）、李某某、赵某某组成")]
    [InlineData(CaseDocumentKind.AcceptanceNotice, "第五条的规定，自收到本通知书之日起三个工作日内提出回避申请")]
    [InlineData(CaseDocumentKind.NonAcceptanceNotice, "津辰市监知裁不受〔2025〕1号")]
    [InlineData(CaseDocumentKind.NonAcceptanceNotice, "依据《专利纠纷行政裁决和调解办法》第十六条、第二十条的规定，本局决定不予受理。")]
    [InlineData(CaseDocumentKind.CorrectionNotice, "根据该办法第十六条的规定，现一次性告知你方补正下列内容：")]
    [InlineData(CaseDocumentKind.CorrectionNotice, "请你方于2025年3月18日前（含当日）向本局提交补正材料")]
    [InlineData(CaseDocumentKind.CorrectionNotice, "期满未补正或者补正后仍不符合规定的，本局将不予受理")]
    [InlineData(CaseDocumentKind.AnswerNotice, "天津某某机械有限公司：")]
    [InlineData(CaseDocumentKind.AnswerNotice, "第二十二条的规定，被请求人应当自收到请求书副本之日起十五日内提交答辩书")]
    [InlineData(CaseDocumentKind.AnswerNotice, "没有固定住所的，答辩期限为三十日")]
    [InlineData(CaseDocumentKind.AnswerNotice, "自收到本通知书及请求书副本之日起十五日内，向本局提交答辩书")]
    [InlineData(CaseDocumentKind.AnswerNotice, "逾期不提交答辩书的，不影响本局对本案的处理")]
    [InlineData(CaseDocumentKind.OralHearingNotice, "定于2025年4月15日在本局知识产权纠纷审理室进行口头审理")]
    [InlineData(CaseDocumentKind.OralHearingNotice, "请求人无正当理由拒不参加口头审理的，按撤回请求处理")]
    [InlineData(CaseDocumentKind.SuspensionNotice, "第二十八条的规定，本局决定自2025年4月2日起中止本案的处理")]
    [InlineData(CaseDocumentKind.SuspensionNotice, "中止期间不计入案件处理期限")]
    [InlineData(CaseDocumentKind.AdjudicationDecision, "请求人：天津某某科技有限公司")]
    [InlineData(CaseDocumentKind.AdjudicationDecision, "被请求人：天津某某机械有限公司")]
    [InlineData(CaseDocumentKind.AdjudicationDecision, "侵犯其实用新型专利权（专利号：ZL202320123456.1，专利名称：一种折叠式自行车车架）")]
    [InlineData(CaseDocumentKind.AdjudicationDecision, "依据《中华人民共和国专利法》第十一条第一款、第六十五条和《专利纠纷行政裁决和调解办法》第三十条第（一）项的规定，本局裁决如下：")]
    [InlineData(CaseDocumentKind.AdjudicationDecision, "责令被请求人天津某某机械有限公司立即停止侵犯请求人ZL202320123456.1号实用新型专利权的行为。")]
    [InlineData(CaseDocumentKind.AdjudicationDecision, "自收到本裁决书之日起十五日内，依照《中华人民共和国行政诉讼法》向天津市第三中级人民法院提起诉讼")]
    [InlineData(CaseDocumentKind.AdjudicationDecision, "侵权人期满不起诉又不停止侵权行为的，本局可以申请人民法院强制执行")]
    [InlineData(CaseDocumentKind.AdjudicationDecision, "合议组：王某某（组长）、李某某、赵某某")]
    [InlineData(CaseDocumentKind.RevocationDecision, "第三十六条规定的“请求人撤回请求”的情形")]
    [InlineData(CaseDocumentKind.RevocationDecision, "第三十条第（三）项、第三十六条的规定，本局决定撤销本案。")]
    [InlineData(CaseDocumentKind.MediationAgreement, "双方当事人在自愿、合法的基础上达成如下协议：")]
    [InlineData(CaseDocumentKind.MediationAgreement, "协议给付金额：人民币30,000.00元（叁万元整）。")]
    [InlineData(CaseDocumentKind.MediationAgreement, "自2025年5月20日起生效")]
    [InlineData(CaseDocumentKind.MediationAgreement, "《中华人民共和国民事诉讼法》第二百零五条")]
    [InlineData(CaseDocumentKind.MediationAgreement, "签署日期")]
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
