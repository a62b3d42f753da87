namespace Zhibao.Documents.Tests;

public class CaseDocumentFieldsTests
{
    public static TheoryData<CaseDocumentKind> Kinds() => [.. Enum.GetValues<CaseDocumentKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Default_templates_use_only_catalogue_keys_and_list_them(CaseDocumentKind kind)
    {
        var keys = TestDocs.Placeholders(DefaultTemplates.Build(kind));

        Assert.Empty(CaseDocumentFields.Unrecognized(keys));
        Assert.Equal(keys, CaseDocumentFields.For(kind).Select(f => f.Key));
        Assert.All(CaseDocumentFields.For(kind), f => Assert.False(string.IsNullOrWhiteSpace(f.Sample), f.Key));
    }

    [Fact]
    public void Every_catalogue_key_is_used_by_some_default_template()
    {
        var used = Enum.GetValues<CaseDocumentKind>().SelectMany(k => CaseDocumentFields.For(k)).Select(f => f.Key).ToHashSet();

        Assert.All(CaseDocumentFields.Catalogue, f => Assert.Contains(f.Key, used));
        Assert.Equal(CaseDocumentFields.Catalogue.Count, CaseDocumentFields.Catalogue.Select(f => f.Key).Distinct().Count());
    }

    [Fact]
    public void Samples_follow_the_document_and_the_amount_in_words_matches()
    {
        Assert.Equal("津辰市监知处罚〔2025〕12号", CaseDocumentFields.SampleValues(CaseDocumentKind.PenaltyDecision)["文书编号"]);
        Assert.Equal("同意结案。", CaseDocumentFields.SampleValues(CaseDocumentKind.ClosingApproval)["审批意见"]);
        var samples = CaseDocumentFields.SampleValues(CaseDocumentKind.PenaltyDecision);
        Assert.Equal(samples["罚款金额大写"], AmountInWords.Format(decimal.Parse(samples["罚款金额"].Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Each_kind_of_case_has_its_documents()
    {
        Assert.Equal(8, CaseDocumentKindExtensions.Of(CaseDocumentGroup.Penalty).Count);
        Assert.Equal(
            ["受理通知书", "不予受理通知书", "补正通知书", "答辩通知书", "口头审理通知书", "中止通知书", "行政裁决书", "撤销案件决定书"],
            CaseDocumentKindExtensions.Of(CaseDocumentGroup.Adjudication).Select(k => k.ChineseName()));
        Assert.Equal([CaseDocumentKind.MediationAgreement], CaseDocumentKindExtensions.Of(CaseDocumentGroup.Mediation));
        Assert.Equal("津辰市监知裁〔2025〕3号-行政裁决书.docx", CaseDocumentKind.AdjudicationDecision.FileName("津辰市监知裁〔2025〕3号"));
        Assert.Equal("专利侵权纠纷行政裁决", CaseDocumentGroup.Adjudication.ChineseName());
    }

    [Fact]
    public void Dispute_samples_name_their_own_case_numbers_and_the_agreed_amount_in_words()
    {
        Assert.Equal("津辰市监知裁〔2025〕3号", CaseDocumentFields.SampleValues(CaseDocumentKind.AdjudicationDecision)["案号"]);
        Assert.Equal("津辰市监知调〔2025〕2号", CaseDocumentFields.SampleValues(CaseDocumentKind.MediationAgreement)["案号"]);
        Assert.Equal("津辰市监知罚〔2025〕12号", CaseDocumentFields.SampleValues(CaseDocumentKind.PenaltyDecision)["案号"]);
        Assert.Equal($"人民币30,000.00元（{AmountInWords.Format(30000m)}）", CaseDocumentFields.SampleValues(CaseDocumentKind.MediationAgreement)["协议金额"]);
    }

    [Fact]
    public void Unrecognized_keys_are_reported_once_with_the_upload_warning()
    {
        Assert.Equal(["案件编号"], CaseDocumentFields.Unrecognized(["案号", "案件编号", "机关名称", "案件编号"]));
        Assert.Equal("模板中的占位符{{案件编号}}系统无法识别", CaseDocumentFields.UnrecognizedMessage("案件编号"));
    }

    [Fact]
    public void Kinds_have_distinct_chinese_names_and_file_names()
    {
        var kinds = Enum.GetValues<CaseDocumentKind>();

        Assert.Equal(kinds.Length, kinds.Select(k => k.ChineseName()).Distinct().Count());
        Assert.Equal("行政处罚决定书.docx", CaseDocumentKind.PenaltyDecision.FileName());
        Assert.Equal("送达回证.docx", CaseDocumentKind.ServiceReceipt.FileName());
        Assert.Equal("津辰市监知罚〔2025〕12号-立案审批表.docx", CaseDocumentKind.FilingApproval.FileName("津辰市监知罚〔2025〕12号"));
        Assert.Equal("A_B-结案审批表.docx", CaseDocumentKind.ClosingApproval.FileName("A/B"));
    }
}
