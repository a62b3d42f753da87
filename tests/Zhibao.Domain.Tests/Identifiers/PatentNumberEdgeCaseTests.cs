using Zhibao.Domain.Identifiers;

namespace Zhibao.Domain.Tests.Identifiers;

/// <summary>CNIPA 专利号/申请号: numbers with the check digit worked by hand, both formats, every kind, and input edge cases.</summary>
public class PatentNumberEdgeCaseTests
{
    [Theory]
    // 2,0,0,4,1,0,0,1,2,3,4,5 × 2,3,4,5,6,7,8,9,2,3,4,5 = 4+0+0+20+6+0+0+9+4+9+16+25 = 93 = 8×11 + 5 → 5
    [InlineData("ZL200410012345.5", "ZL200410012345.5", 2004, PatentKind.Invention, false)]
    // 2,0,2,3,3,0,1,2,3,4,5,6 → 4+0+8+15+18+0+8+18+6+12+20+30 = 139 = 12×11 + 7 → 7 (kind 3 with the ZL prefix)
    [InlineData("ZL202330123456.7", "ZL202330123456.7", 2023, PatentKind.Design, false)]
    // 2,0,2,3,2,0,0,0,0,0,0,3 → 4+0+8+15+12+0+0+0+0+0+0+15 = 54 = 4×11 + 10 → X, typed lower case
    [InlineData("zl202320000003.x", "ZL202320000003.X", 2023, PatentKind.UtilityModel, false)]
    [InlineData("202390012345.1", "ZL202390012345.1", 2023, PatentKind.UtilityModel, true)]   // 9: PCT utility model
    [InlineData("CN201980123456.8", "ZL201980123456.8", 2019, PatentKind.Invention, true)]    // 8: PCT invention
    [InlineData("ZL 2023 3 0123456.7", "ZL202330123456.7", 2023, PatentKind.Design, false)]
    [InlineData("ＺＬ２０２３３０１２３４５６．７", "ZL202330123456.7", 2023, PatentKind.Design, false)]
    // The 8-digit form before 2003-10-01, weights 2…9: 8,5,1,0,0,0,0,1 → 16+15+4+0+0+0+0+9 = 44 = 4×11 → 0
    [InlineData("85100001.0", "ZL85100001.0", 1985, PatentKind.Invention, false)]
    [InlineData("ZL98200456.7", "ZL98200456.7", 1998, PatentKind.UtilityModel, false)]
    [InlineData("ZL99300123.8", "ZL99300123.8", 1999, PatentKind.Design, false)]
    [InlineData("ZL02800012.9", "ZL02800012.9", 2002, PatentKind.Invention, true)]
    public void Valid_numbers_of_every_kind_and_both_formats_tell_year_and_kind(string input, string normalized, int year, PatentKind kind, bool pct)
    {
        Assert.True(PatentNumber.TryParse(input, out var info, out var error), error);
        Assert.Equal(new PatentNumberInfo(normalized, year, kind, pct), info);
        Assert.Equal(new IdentifierCheck(true, normalized, null), PatentNumber.Check(input));
        Assert.Equal(kind, PatentNumber.KindOf(input));
    }

    [Theory]
    [InlineData(PatentKind.Invention, "发明")]
    [InlineData(PatentKind.UtilityModel, "实用新型")]
    [InlineData(PatentKind.Design, "外观设计")]
    public void Each_kind_has_its_chinese_name(PatentKind kind, string name)
    {
        Assert.Equal(name, PatentNumber.KindName(kind));
        Assert.Equal(name, new PatentNumberInfo("ZL", 2023, kind, false).KindName);
    }

    [Theory]
    [InlineData("ZL202330123456.6")]
    [InlineData("ZL202330123456.8")]
    public void A_check_digit_off_by_one_names_the_right_one(string input)
    {
        Assert.Equal("专利号校验位错误，应为“7”，请核对", PatentNumber.Check(input).Error);
        Assert.Null(PatentNumber.KindOf(input));
    }

    [Theory]
    [InlineData("20234", 5)]
    [InlineData("20230", 5)]
    [InlineData("20237", 5)]
    [InlineData("024", 3)]
    public void A_kind_digit_other_than_1_2_3_8_9_is_named(string prefix, int position)
    {
        var digits = prefix + "0123456"[..((prefix.Length == 5 ? 12 : 8) - prefix.Length)];
        var error = PatentNumber.Check($"ZL{digits}.{PatentNumber.ComputeCheckDigit(digits)}").Error;

        Assert.Equal($"专利号第{position}位为专利类型（1发明、2实用新型、3外观设计、8或9为PCT），不能为“{prefix[^1]}”", error);
    }

    [Theory]
    [InlineData("ZL")]
    [InlineData("ZL.7")]
    [InlineData("ZL202330123456")]        // no check digit
    [InlineData("ZL2023301234567.7")]     // 13 digits
    [InlineData("ZL2023301234.7")]        // 10 digits
    [InlineData("ZL202330123456.77")]
    [InlineData("ZL2023.30123456.7")]
    [InlineData("ZL202330123456-7")]
    [InlineData("US202330123456.7")]
    [InlineData("ZL20233012345A.7")]
    public void Malformed_numbers_are_told_the_expected_format(string input)
    {
        Assert.StartsWith("专利号格式应为 ZL + 12位数字", PatentNumber.Check(input).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" 　")]
    public void Empty_input_asks_for_a_number(string? input)
    {
        Assert.Equal(new IdentifierCheck(false, null, "请输入专利号"), PatentNumber.Check(input));
        Assert.Null(PatentNumber.KindOf(input));
    }

    [Fact]
    public void Generated_numbers_round_trip_year_and_kind_for_every_year_and_kind_digit()
    {
        var kinds = new Dictionary<char, (PatentKind, bool)>
        {
            ['1'] = (PatentKind.Invention, false), ['2'] = (PatentKind.UtilityModel, false), ['3'] = (PatentKind.Design, false),
            ['8'] = (PatentKind.Invention, true), ['9'] = (PatentKind.UtilityModel, true),
        };
        for (var year = 2003; year <= 2099; year++)
        {
            foreach (var (digit, (kind, pct)) in kinds)
            {
                var digits = $"{year}{digit}{year * 37 % 10_000_000:D7}";
                Assert.True(PatentNumber.TryParse($"{digits}.{PatentNumber.ComputeCheckDigit(digits)}", out var info, out var error), error);
                Assert.Equal((year, kind, pct), (info!.ApplicationYear, info.Kind, info.IsPct));
            }
        }
    }
}
