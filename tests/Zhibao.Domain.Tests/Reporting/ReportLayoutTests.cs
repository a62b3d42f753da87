using Zhibao.Domain.Reporting;
using static Zhibao.Domain.Tests.Reporting.ReportSamples;

namespace Zhibao.Domain.Tests.Reporting;

/// <summary>The national form's columns are data: a default, and a setting that replaces it.</summary>
public class ReportLayoutTests
{
    [Fact]
    public void The_default_layout_reads_back_from_its_own_notation()
    {
        var text = ReportLayout.Default.Format();

        var parsed = ReportLayout.Parse(text, out var error);

        Assert.Null(error);
        Assert.Equal(ReportLayout.Default.Fields.Select(f => (f.Source, f.Header, f.Required)), parsed!.Fields.Select(f => (f.Source, f.Header, f.Required)));
        Assert.Equal(ReportLayout.Default.Fields.Select(f => f.RequiredFor?.Count), parsed.Fields.Select(f => f.RequiredFor?.Count));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void A_blank_setting_means_the_default(string? text) => Assert.Same(ReportLayout.Default, ReportLayout.Parse(text, out _));

    [Fact]
    public void A_setting_chooses_headers_order_and_what_is_required()
    {
        var layout = ReportLayout.Parse("*案号=caseNumber；专利号=patentNumber\n*被请求人=respondents:dispute，mediation", out var error)!;

        Assert.Null(error);
        Assert.Equal(["案号", "专利号", "被请求人"], layout.Fields.Select(f => f.Header));
        Assert.Equal([Dispute().CaseNumber, Dispute().PatentNumbers, "北辰区某车行"], layout.Row(Dispute()));
        Assert.True(layout.Fields[2].IsRequiredFor(ReportCaseKind.PatentDispute));
        Assert.False(layout.Fields[2].IsRequiredFor(ReportCaseKind.CounterfeitPatent));
        Assert.False(layout.Fields[1].IsRequiredFor(ReportCaseKind.CounterfeitPatent));
    }

    [Theory]
    [InlineData("案号", "第1项“案号”：格式应为")]
    [InlineData("*案号=caseNo", "未知的数据来源“caseNo”")]
    [InlineData("案号=caseNumber; 编号=caseNumber", "第2项“编号=caseNumber”：数据来源“caseNumber”重复")]
    [InlineData("*案号=caseNumber:penalty", "未知的案件类别“penalty”")]
    [InlineData("=caseNumber", "格式应为")]
    [InlineData("案号=caseNumber; 案号=title", "表头“案号”重复")]
    public void A_wrong_setting_says_which_entry_and_why(string text, string expected)
    {
        Assert.Null(ReportLayout.Parse(text, out var error));
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Columns_without_a_source_yet_stay_empty_and_say_so()
    {
        var ecommerce = ReportLayout.Default.Fields.Single(f => f.Source == "eCommerce");

        Assert.False(ecommerce.Available);
        Assert.False(ecommerce.Required);
        Assert.Null(ecommerce.ValueOf(Counterfeit()));
        Assert.True(ReportLayout.Default.Fields.Where(f => f.Source != "eCommerce" && f.Source != "tradeFair").All(f => f.Available));
    }
}
