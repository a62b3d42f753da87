using Zhibao.Domain.Identifiers;

namespace Zhibao.Domain.Tests.Identifiers;

public class ResidentIdNumberTests
{
    // GB 11643-1999's own example (北京市朝阳区, 1949-12-31, female, check X) and numbers built for these tests.
    private const string StandardExample = "11010519491231002X";

    [Fact]
    public void The_standard_example_passes_and_tells_birth_date_and_sex()
    {
        Assert.True(ResidentIdNumber.TryParse(StandardExample, out var info, out var error), error);
        Assert.Equal(new DateOnly(1949, 12, 31), info!.BirthDate);
        Assert.False(info.IsMale);
        Assert.Equal("110105", info.RegionCode);
    }

    [Fact]
    public void Every_single_character_corruption_of_the_example_fails()
    {
        Assert.All(Corruptions.Of(StandardExample, "0123456789X"), corrupted => Assert.False(ResidentIdNumber.IsValid(corrupted), corrupted));
    }

    [Theory]
    [InlineData("120113200002290011", true)]   // 2000-02-29: a leap year
    [InlineData("120113190002290011", false)]  // 1900-02-29: not a leap year
    [InlineData("120113199013010011", false)]  // month 13
    [InlineData("120113199002300011", false)]  // 30 February
    public void The_birth_date_must_be_a_real_day(string first17And1, bool valid)
    {
        var id = first17And1[..17] + ResidentIdNumber.ComputeCheckCharacter(first17And1[..17]);
        Assert.Equal(valid, ResidentIdNumber.IsValid(id));
    }

    [Fact]
    public void A_lower_case_x_is_accepted_and_normalised()
    {
        Assert.Equal(StandardExample, ResidentIdNumber.Check("11010519491231002x").Normalized);
    }

    [Theory]
    [InlineData(null, "请输入居民身份证号码")]
    [InlineData("1101051949123100", "应为18位")]
    [InlineData("11010519491231002A", "最后一位为数字或X")]
    [InlineData("110105194912310021", "校验位错误，应为“X”")]
    public void Bad_numbers_get_a_chinese_reason(string? input, string reason)
    {
        Assert.Contains(reason, ResidentIdNumber.Check(input).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_show_the_number_masked()
    {
        Assert.Equal("110105********002X", ResidentIdNumber.Mask(StandardExample));
    }
}
