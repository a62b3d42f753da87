using Zhibao.Domain.Deadlines;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests;

/// <summary>计算规则3（N日）与计算规则4（N个月）：先算日期，再顺延到工作日。</summary>
public class DayAndMonthDeadlineTests
{
    [Theory]
    [InlineData("2023-09-27", 3, "2023-10-07")] // README rule 3 example
    [InlineData("2025-09-30", 1, "2025-10-09")]
    [InlineData("2025-09-27", 1, "2025-09-28")] // a make-up Sunday is a valid due date
    [InlineData("2024-02-09", 3, "2024-02-18")] // 春节 2024 rolls to the make-up Sunday
    [InlineData("2024-02-28", 1, "2024-02-29")] // leap day
    [InlineData("2023-02-28", 1, "2023-03-01")]
    [InlineData("2025-12-31", 1, "2026-01-04")] // 元旦 2026
    [InlineData("2023-10-01", 0, "2023-10-07")] // D + 0 still rolls
    [InlineData("2023-09-27", 90, "2023-12-26")]
    public void Days_land_on_d_plus_n_then_roll_to_the_next_working_day(string from, int n, string expected) =>
        AssertDue(from, new Period(n, PeriodUnit.Days), expected);

    [Fact]
    public void Three_days_into_the_national_day_holiday_explain_each_rolled_day()
    {
        var notes = Notes(AssertDue("2023-09-27", new Period(3, PeriodUnit.Days), "2023-10-07"));

        Assert.Equal("起算日 2023-09-27 不计入，自次日起计算3日", notes[0]);
        Assert.Contains("2023-09-27 加3日为 2023-09-30", notes);
        Assert.Contains("2023-09-30 中秋节和国庆节（法定节假日），不是工作日，顺延", notes);
        Assert.Contains("2023-10-06 中秋节和国庆节（法定节假日），不是工作日，顺延", notes);
        Assert.Equal("2023-10-07 中秋节和国庆节调休上班，期限届满", notes[^1]);
    }

    [Theory]
    [InlineData("2023-01-31", 3, "2023-05-04")] // README rule 4 example
    [InlineData("2023-03-01", 3, "2023-06-01")] // README rule 5 example before the pause
    [InlineData("2024-01-31", 1, "2024-02-29")] // leap year: Feb 29
    [InlineData("2023-01-31", 1, "2023-02-28")] // non-leap year: Feb 28
    [InlineData("2021-01-31", 1, "2021-03-01")] // Feb 28 2021 is a Sunday: clamp, then roll
    [InlineData("2019-11-30", 3, "2020-03-02")] // clamp to Sat 2020-02-29, then roll
    [InlineData("2024-02-29", 12, "2025-02-28")]
    [InlineData("2023-08-31", 1, "2023-10-07")] // Sept 30 clamp, inside 国庆
    [InlineData("2025-12-01", 1, "2026-01-04")] // 元旦 2026
    public void Months_keep_the_day_number_clamp_to_month_end_then_roll(string from, int n, string expected) =>
        AssertDue(from, new Period(n, PeriodUnit.Months), expected);

    [Fact]
    public void Three_months_from_january_31_explain_the_clamp_and_the_may_day_holiday()
    {
        var notes = Notes(AssertDue("2023-01-31", new Period(3, PeriodUnit.Months), "2023-05-04"));

        Assert.Contains("2023-01-31 加3个月为 2023-04-30（4月没有31日，取该月最后一日）", notes);
        Assert.Contains("2023-04-30 劳动节（法定节假日），不是工作日，顺延", notes);
        Assert.Contains("2023-05-03 劳动节（法定节假日），不是工作日，顺延", notes);
        Assert.Equal("2023-05-04 工作日，期限届满", notes[^1]);
    }
}
