using Zhibao.Domain.Identifiers;

namespace Zhibao.Domain.Tests.Identifiers;

/// <summary>
/// Identifier checks on numbers published by their holders, courts and CNIPA (not built for the tests), and on every
/// single-character corruption of them: each position replaced by each other character the identifier allows.
/// </summary>
public class PublishedIdentifierTests
{
    /// <summary>
    /// 专利号 as printed in published decisions: a utility model (第200820185283.1号, 专利复审委员会第15322号无效宣告决定), an
    /// invention (ZL201810557067.3, (2020)最高法知民终1469号), a design (ZL201830440350.9, (2025)浙民终343号) and a design in
    /// the 8-digit form used before 2003-10-01 (ZL01319523.9, 本田技研工业株式会社's 汽车 design in its case against 双环).
    /// </summary>
    public static readonly TheoryData<string, int, PatentKind> PublishedPatents = new()
    {
        { "ZL200820185283.1", 2008, PatentKind.UtilityModel },
        { "ZL201810557067.3", 2018, PatentKind.Invention },
        { "ZL201830440350.9", 2018, PatentKind.Design },
        { "ZL01319523.9", 2001, PatentKind.Design },
    };

    [Theory]
    [MemberData(nameof(PublishedPatents))]
    public void Published_patent_numbers_pass_and_tell_year_and_kind(string number, int year, PatentKind kind)
    {
        Assert.True(PatentNumber.TryParse(number, out var info, out var error), error);
        Assert.Equal((number, year, kind, false), (info!.Normalized, info.ApplicationYear, info.Kind, info.IsPct));
        Assert.True(PatentNumber.IsValid(number[2..]));   // the application number without ZL
    }

    [Theory]
    [MemberData(nameof(PublishedPatents))]
    public void Every_single_character_corruption_of_a_published_patent_number_fails(string number, int year, PatentKind kind)
    {
        _ = (year, kind);
        // Digits and X (the check character's 10) are the characters a number allows; the "." stays where it is.
        var corruptions = Corruptions.Of(number, "0123456789X", position => number[position] != '.').ToList();
        Assert.Equal(2 * 11 + (number.Length - 3) * 10, corruptions.Count);   // Z and L: 11 replacements each; each digit: 10
        Assert.All(corruptions, corrupted => Assert.False(PatentNumber.IsValid(corrupted), corrupted));
    }

    /// <summary>第7199523号 “非诚勿扰” (第45类), as the 商标注册证 is quoted in (2015)深中法知民终字第927号.</summary>
    private const string PublishedTrademark = "7199523";

    [Theory]
    [InlineData("第7199523号")]
    [InlineData("7199523")]
    [InlineData("第 7199523 号")]
    public void A_published_trademark_registration_number_passes_as_printed(string input)
    {
        Assert.Equal(new IdentifierCheck(true, PublishedTrademark, null), TrademarkRegistrationNumber.Check(input));
    }

    [Fact]
    public void Every_corruption_of_a_published_trademark_number_into_a_character_it_does_not_allow_fails()
    {
        // A registration number allows digits only (a leading 0 never): letters, punctuation and a leading 0 are refused.
        var corruptions = Corruptions.Of(PublishedTrademark, "ABCDEFGHIJKLMNOPQRSTUVWXYZ-./#*").ToList();
        Assert.All(corruptions, corrupted => Assert.False(TrademarkRegistrationNumber.IsValid(corrupted), corrupted));
        Assert.Equal("商标注册号不以0开头，请核对", TrademarkRegistrationNumber.Check("0" + PublishedTrademark[1..]).Error);
    }

    [Fact]
    public void A_trademark_number_has_no_check_digit_so_a_mistyped_digit_stays_well_formed()
    {
        // The limit of the check (商标注册号 are serial numbers): one digit replaced by another is another number's form,
        // which is why a number is looked up in the register rather than trusted.
        var digitSwaps = Corruptions.Of(PublishedTrademark, "0123456789", position => position > 0).ToList();
        Assert.Equal(6 * 9, digitSwaps.Count);
        Assert.All(digitSwaps, swapped => Assert.True(TrademarkRegistrationNumber.IsValid(swapped), swapped));
    }

    /// <summary>华为技术有限公司 (深圳), as its 统一社会信用代码 is published in the enterprise credit system.</summary>
    private const string PublishedCode = "914403001922038216";

    [Fact]
    public void A_published_credit_code_passes_and_every_single_character_corruption_fails()
    {
        Assert.Equal(new IdentifierCheck(true, PublishedCode, null), UnifiedSocialCreditCode.Check(PublishedCode));
        var corruptions = Corruptions.Of(PublishedCode, UnifiedSocialCreditCode.Charset).ToList();
        Assert.Equal(18 * 30, corruptions.Count);   // 18 positions × the 30 other characters of the 31-character set
        Assert.All(corruptions, corrupted => Assert.False(UnifiedSocialCreditCode.IsValid(corrupted), corrupted));
    }

    [Fact]
    public void The_standard_s_second_example_has_the_right_check_character_but_a_birth_year_before_1900()
    {
        // GB 11643-1999's example of 广东省汕头市潮阳县, born 1880-01-01: the check character is right, but parties born
        // before 1900 are refused as a typo (the accepted range is 1900–2100).
        const string example = "440524188001010014";
        Assert.Equal('4', ResidentIdNumber.ComputeCheckCharacter(example[..17]));
        Assert.Equal("居民身份证号码中的出生日期“18800101”不是有效日期", ResidentIdNumber.Check(example).Error);
    }

    [Fact]
    public void Every_single_character_corruption_of_the_standard_example_is_counted_and_fails()
    {
        const string example = "11010519491231002X";
        var corruptions = Corruptions.Of(example, "0123456789X").ToList();
        Assert.Equal(17 * 10 + 10, corruptions.Count);   // 17 digits × 10 other characters, and the check X × 10 digits
        Assert.All(corruptions, corrupted => Assert.False(ResidentIdNumber.IsValid(corrupted), corrupted));
    }
}
