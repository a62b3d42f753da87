using Zhibao.Domain.Identifiers;

namespace Zhibao.Domain.Tests.Identifiers;

public class UnifiedSocialCreditCodeTests
{
    /// <summary>Published codes: the example of GB 32100-2015 and two enterprises' codes from the national credit system.</summary>
    public static readonly TheoryData<string> Published = new() { "91350100M000100Y43", "91110108551385082Q", "91440300708461136T" };

    [Theory]
    [MemberData(nameof(Published))]
    public void Published_codes_pass(string code)
    {
        var check = UnifiedSocialCreditCode.Check(code);
        Assert.True(check.IsValid, check.Error);
        Assert.Equal(code, check.Normalized);
    }

    [Theory]
    [MemberData(nameof(Published))]
    public void Every_single_character_corruption_of_a_published_code_fails(string code)
    {
        Assert.All(Corruptions.Of(code, UnifiedSocialCreditCode.Charset), corrupted => Assert.False(UnifiedSocialCreditCode.IsValid(corrupted), corrupted));
    }

    [Theory]
    [InlineData(" 91110108551385082q ", "91110108551385082Q")]        // spaces and lower case
    [InlineData("９１１１０１０８５５１３８５０８２Ｑ", "91110108551385082Q")]  // full-width, as pasted from Chinese documents
    public void Input_is_normalised_before_checking(string input, string normalized)
    {
        Assert.Equal(normalized, UnifiedSocialCreditCode.Check(input).Normalized);
    }

    [Theory]
    [InlineData(null, "请输入统一社会信用代码")]
    [InlineData("", "请输入统一社会信用代码")]
    [InlineData("9111010855138508", "应为18位")]
    [InlineData("91110108551385082QX", "应为18位")]
    [InlineData("9111010855138508IQ", "不允许的字符“I”")]
    [InlineData("91110108551385O82Q", "不允许的字符“O”")]
    [InlineData("91110108551385082S", "不允许的字符“S”")]
    [InlineData("91AB0108551385082Q", "行政区划码")]
    [InlineData("91110108551385082R", "校验位错误，应为“Q”")]
    public void Bad_codes_get_a_chinese_reason(string? input, string reason)
    {
        var check = UnifiedSocialCreditCode.Check(input);
        Assert.False(check.IsValid);
        Assert.Contains(reason, check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_character_is_31_minus_the_weighted_sum_mod_31_with_31_as_zero()
    {
        // GB 32100 example: 9 1 3 5 0 1 0 0 M 0 0 0 1 0 0 Y 4 → weighted sum 1640 = 52×31 + 28 → 31 − 28 = 3.
        Assert.Equal('3', UnifiedSocialCreditCode.ComputeCheckCharacter("91350100M000100Y4"));
    }
}
