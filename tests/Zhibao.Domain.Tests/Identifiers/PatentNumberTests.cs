using Zhibao.Domain.Identifiers;

namespace Zhibao.Domain.Tests.Identifiers;

public class PatentNumberTests
{
    [Theory]
    // 2,0,2,3,1,0,1,2,3,4,5,6 × 2,3,4,5,6,7,8,9,2,3,4,5 = 4+0+8+15+6+0+8+18+6+12+20+30 = 127 = 11×11 + 6 → 6
    [InlineData("ZL202310123456.6", "ZL202310123456.6", 2023, PatentKind.Invention, false)]
    [InlineData("202320123456.1", "ZL202320123456.1", 2023, PatentKind.UtilityModel, false)]
    [InlineData("zl 2004 1 0012345.5", "ZL200410012345.5", 2004, PatentKind.Invention, false)]
    [InlineData("CN200930012345.9", "ZL200930012345.9", 2009, PatentKind.Design, false)]
    [InlineData("ZL201880012345.5", "ZL201880012345.5", 2018, PatentKind.Invention, true)]
    [InlineData("ZL02100123.5", "ZL02100123.5", 2002, PatentKind.Invention, false)]   // the pre-2003 8-digit form
    public void Valid_numbers_tell_year_and_kind(string input, string normalized, int year, PatentKind kind, bool pct)
    {
        Assert.True(PatentNumber.TryParse(input, out var info, out var error), error);
        Assert.Equal(normalized, info!.Normalized);
        Assert.Equal(year, info.ApplicationYear);
        Assert.Equal(kind, info.Kind);
        Assert.Equal(pct, info.IsPct);
    }

    [Fact]
    public void Every_single_digit_corruption_fails()
    {
        const string number = "202310123456.6";
        Assert.All(Corruptions.Of(number, "0123456789X", position => number[position] != '.'), corrupted => Assert.False(PatentNumber.IsValid(corrupted), corrupted));
    }

    [Fact]
    public void A_remainder_of_ten_is_written_x()
    {
        var digits = Enumerable.Range(0, 100000).Select(i => $"2023101{i:D5}").First(d => PatentNumber.ComputeCheckDigit(d) == 'X');
        Assert.True(PatentNumber.IsValid($"ZL{digits}.X"));
    }

    [Theory]
    [InlineData(null, "请输入专利号")]
    [InlineData("ZL20231012345.6", "专利号格式")]
    [InlineData("ZL202310123456", "专利号格式")]
    [InlineData("ZL202310123456.7", "校验位错误，应为“6”")]
    [InlineData("ZL202340123456.2", "专利类型")]
    public void Bad_numbers_get_a_chinese_reason(string? input, string reason)
    {
        var error = PatentNumber.Check(input).Error;
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kind_can_be_read_to_check_what_a_report_says()
    {
        Assert.Equal(PatentKind.Design, PatentNumber.KindOf("ZL200930012345.9"));
        Assert.Null(PatentNumber.KindOf("ZL200930012345.1"));
        Assert.Equal("外观设计", PatentNumber.KindName(PatentKind.Design));
    }
}
