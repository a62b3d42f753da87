using Zhibao.Domain.Identifiers;

namespace Zhibao.Domain.Tests.Identifiers;

/// <summary>GB 32100-2015: a code built for these tests with its weighted sum worked by hand, and the input edge cases.</summary>
public class UnifiedSocialCreditCodeEdgeCaseTests
{
    // 9 工商 (now 市场监管), 1 企业, 120113 区划码, MA05T1234 主体标识码. Weights are 3^(i−1) mod 31:
    //   9×1 + 1×3 + 1×9 + 2×27 + 0×19 + 1×26 + 1×16 + 3×17 + M=21×20 + A=10×29 + 0×25 + 5×13 + T=26×8 + 1×24 + 2×10 + 3×30 + 4×28
    //   = 9+3+9+54+0+26+16+51+420+290+0+65+208+24+20+90+112 = 1397 = 45×31 + 2 → 31 − 2 = 29 → Charset[29] = 'X'
    private const string Built = "91120113MA05T1234X";

    [Fact]
    public void A_code_whose_weighted_sum_was_worked_by_hand_passes()
    {
        Assert.Equal('X', UnifiedSocialCreditCode.ComputeCheckCharacter(Built[..17]));
        Assert.Equal(new IdentifierCheck(true, Built, null), UnifiedSocialCreditCode.Check(Built));
    }

    [Fact]
    public void A_weighted_sum_divisible_by_31_gives_check_character_0_not_31()
    {
        // 91120113MA05T123F: as above but the last term is F=15×28 = 420 instead of 112, so the sum is 1705 = 55×31.
        Assert.Equal('0', UnifiedSocialCreditCode.ComputeCheckCharacter("91120113MA05T123F"));
        Assert.True(UnifiedSocialCreditCode.IsValid("91120113MA05T123F0"));
    }

    [Theory]
    [InlineData('I', 8)]
    [InlineData('O', 9)]
    [InlineData('Z', 10)]
    [InlineData('S', 16)]
    [InlineData('V', 17)]
    public void The_five_letters_left_out_of_the_charset_are_named_in_the_error(char letter, int position)
    {
        var code = string.Concat(Built.AsSpan(0, position), letter.ToString(), Built.AsSpan(position + 1));

        Assert.Equal($"统一社会信用代码含有不允许的字符“{letter}”（不使用 I、O、S、V、Z）", UnifiedSocialCreditCode.Check(code).Error);
        if (position < 17)
        {
            Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter(code[..17]));
        }
    }

    [Theory]
    [InlineData("91120113MA05T1234W")] // one below X in the charset
    [InlineData("91120113MA05T1234Y")] // one above
    public void A_check_character_off_by_one_names_the_right_one(string code)
    {
        Assert.Equal(new IdentifierCheck(false, null, "统一社会信用代码校验位错误，应为“X”，请核对"), UnifiedSocialCreditCode.Check(code));
    }

    [Theory]
    [InlineData("91120113ma05t1234x")]
    [InlineData("９１１２０１１３ＭＡ０５Ｔ１２３４Ｘ")]
    [InlineData("9112 0113 MA05 T123 4X")]
    [InlineData("\t91120113MA05T1234X\r\n")]
    [InlineData("91120113　MA05T1234X")] // an ideographic space from a Chinese input method
    public void Lower_case_full_width_and_spaces_are_normalised(string input)
    {
        Assert.Equal(new IdentifierCheck(true, Built, null), UnifiedSocialCreditCode.Check(input));
    }

    [Theory]
    [InlineData("   ", "请输入统一社会信用代码")]
    [InlineData("91120113MA05T1234", "统一社会信用代码应为18位，当前为17位")]
    [InlineData("120113MA05T1234X", "统一社会信用代码应为18位，当前为16位")]
    [InlineData("911201-3MA05T1234X", "统一社会信用代码含有不允许的字符“-”（不使用 I、O、S、V、Z）")]
    public void Empty_short_and_punctuated_input_get_a_chinese_reason(string input, string error)
    {
        Assert.Equal(new IdentifierCheck(false, null, error), UnifiedSocialCreditCode.Check(input));
    }

    [Fact]
    public void Generated_codes_pass_for_every_registration_authority_and_organisation_code()
    {
        // The test data generator builds codes this way; every charset letter in the 主体标识码 must round-trip.
        foreach (var authority in "159Y")
        {
            foreach (var c in UnifiedSocialCreditCode.Charset)
            {
                var first17 = $"{authority}1120113MA05T123{c}";
                Assert.True(UnifiedSocialCreditCode.IsValid(first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17)), first17);
            }
        }
    }

    [Fact]
    public void Compute_check_character_wants_exactly_17_characters()
    {
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter(Built));
        Assert.Throws<ArgumentNullException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter(null!));
    }
}
