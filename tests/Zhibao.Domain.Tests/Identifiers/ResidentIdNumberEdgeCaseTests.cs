using Zhibao.Domain.Identifiers;

namespace Zhibao.Domain.Tests.Identifiers;

/// <summary>GB 11643-1999: numbers built for these tests with the check character worked by hand, dates, input and masking.</summary>
public class ResidentIdNumberEdgeCaseTests
{
    // Weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2; check = "10X98765432"[sum mod 11].
    // 120113 19900101 123: 7+18+0+5+8+12 + 2+9+54+0+0+9+0+5 + 8+8+6 = 151 = 13×11 + 8 → '4'; sequence 123 is odd: male.
    private const string Man = "120113199001011234";

    // 120113 19800101 123: as above but 8×6 = 48 for the year digit, sum 145 = 13×11 + 2 → 'X'.
    private const string WithX = "12011319800101123X";

    [Theory]
    [InlineData(Man, "1990-01-01", true)]
    [InlineData(WithX, "1980-01-01", true)]
    [InlineData("11010519491231002X", "1949-12-31", false)] // GB 11643 example: sequence 002 is even
    public void Hand_checked_numbers_tell_region_birth_date_and_sex(string id, string birth, bool isMale)
    {
        Assert.True(ResidentIdNumber.TryParse(id, out var info, out var error), error);
        Assert.Equal(new ResidentIdInfo(id, id[..6], DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), isMale), info);
        Assert.Equal(id[17], ResidentIdNumber.ComputeCheckCharacter(id[..17]));
    }

    [Theory]
    [InlineData("20240229", true)]  // 2024 is a leap year
    [InlineData("20230229", false)] // 2023 is not
    [InlineData("20000229", true)]  // divisible by 400
    [InlineData("21000229", false)] // divisible by 100 only
    [InlineData("19900001", false)]
    [InlineData("19901301", false)] // month 13
    [InlineData("19900100", false)]
    [InlineData("19900132", false)]
    [InlineData("19900431", false)]
    [InlineData("19000101", true)]  // first day accepted
    [InlineData("21001231", true)]  // last day accepted
    [InlineData("18991231", false)]
    [InlineData("21010101", false)]
    public void The_birth_date_must_be_a_real_day_from_1900_to_2100(string birth, bool valid)
    {
        var first17 = $"120113{birth}123";
        var check = ResidentIdNumber.Check(first17 + ResidentIdNumber.ComputeCheckCharacter(first17));

        Assert.Equal(valid, check.IsValid);
        Assert.Equal(valid ? null : $"居民身份证号码中的出生日期“{birth}”不是有效日期", check.Error);
    }

    [Fact]
    public void Every_day_from_1900_to_2100_round_trips_through_a_generated_number()
    {
        for (var day = new DateOnly(1900, 1, 1); day <= new DateOnly(2100, 12, 31); day = day.AddDays(1))
        {
            var first17 = $"120113{day:yyyyMMdd}" + (day.DayNumber % 1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
            var id = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
            if (!ResidentIdNumber.TryParse(id, out var info, out _) || info!.BirthDate != day || info.IsMale != (day.DayNumber % 2 == 1))
            {
                Assert.Fail(id);
            }
        }
    }

    [Theory]
    [InlineData("120113199001011233", "4")] // check values one either side of 8
    [InlineData("120113199001011235", "4")]
    [InlineData("120113198001011230", "X")] // X stands for 2: 1 and 3 give '0' and '9'
    [InlineData("120113198001011239", "X")]
    public void A_check_character_off_by_one_names_the_right_one(string id, string expected)
    {
        Assert.Equal($"居民身份证号码校验位错误，应为“{expected}”，请核对", ResidentIdNumber.Check(id).Error);
    }

    [Theory]
    [InlineData("12011319800101123x")]
    [InlineData("１２０１１３１９８００１０１１２３ｘ")]
    [InlineData("120113 19800101 123X")]
    [InlineData(" 12011319800101123X\t")]
    public void Lower_case_x_full_width_and_spaces_are_normalised(string input)
    {
        Assert.Equal(new IdentifierCheck(true, WithX, null), ResidentIdNumber.Check(input));
    }

    [Theory]
    [InlineData("", "请输入居民身份证号码")]
    [InlineData("  ", "请输入居民身份证号码")]
    [InlineData("120113800101123", "居民身份证号码应为18位，当前为15位")] // a first-generation 15-digit number
    [InlineData("1201131990010112345", "居民身份证号码应为18位，当前为19位")]
    [InlineData("12011319900101A234", "居民身份证号码前17位应为数字，最后一位为数字或X")]
    [InlineData("X20113199001011234", "居民身份证号码前17位应为数字，最后一位为数字或X")]
    public void Empty_short_and_lettered_input_get_a_chinese_reason(string input, string error)
    {
        Assert.Equal(new IdentifierCheck(false, null, error), ResidentIdNumber.Check(input));
    }

    [Theory]
    [InlineData(WithX, "120113********123X")]
    [InlineData(Man, "120113********1234")]
    [InlineData("120113800101123", "120113*****1123")] // whatever the length, first 6 and last 4 stay
    [InlineData("1234567890", "**********")]          // too short to keep 10 characters: hide it all
    [InlineData("", "")]
    public void Masking_keeps_the_first_6_and_last_4(string id, string masked)
    {
        Assert.Equal(masked, ResidentIdNumber.Mask(id));
    }
}
