using Zhibao.Domain.Plans;

namespace Zhibao.Domain.Tests.Plans;

/// <summary>The structured time frames of measures: 全年, 每月5日前, 3·15 (a day), 4·26 (a week), 某日前.</summary>
public class MeasureScheduleTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("year", "year", "全年")]
    [InlineData("monthly:5", "monthly:5", "每月5日前")]
    [InlineData(" Day:03-15 ; week:04-26 ", "day:03-15;week:04-26", "3·15当日、4·26起一周")]
    [InlineData("by:12-31", "by:12-31", "12月31日前")]
    [InlineData("quarterly", "quarterly", "每季度")]
    public void Codes_read_and_describe(string text, string code, string described)
    {
        Assert.True(MeasureSchedule.TryParse(text, out var schedule, out var error), error);
        Assert.Equal(code, schedule.Code);
        Assert.Equal(described, schedule.Describe());
    }

    [Theory]
    [InlineData("")]
    [InlineData("monthly:0")]
    [InlineData("monthly:32")]
    [InlineData("day:02-30")]
    [InlineData("week:13-01")]
    [InlineData("weekly")]
    [InlineData("year:1")]
    public void Unknown_codes_are_refused_in_chinese(string text)
    {
        Assert.False(MeasureSchedule.TryParse(text, out _, out var error));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error);
    }

    [Fact]
    public void The_ip_week_runs_seven_days_from_april_26_and_consumer_day_is_one_day()
    {
        Assert.True(MeasureSchedule.TryParse("day:03-15;week:04-26", out var schedule, out _));
        Assert.Equal((D("2023-03-15"), D("2023-03-15")), schedule.Items[0].Windows(2023).Single());
        Assert.Equal((D("2023-04-26"), D("2023-05-02")), schedule.Items[1].Windows(2023).Single());
        Assert.Equal((D("2023-04-26"), D("2023-05-02")), schedule.Next(2023, D("2023-03-16")));
        Assert.Null(schedule.Next(2023, D("2023-05-03")));
    }

    [Fact]
    public void Monthly_by_the_31st_ends_on_each_month_s_last_day()
    {
        Assert.True(MeasureSchedule.TryParse("monthly:31", out var schedule, out _));
        Assert.Equal(D("2024-02-29"), schedule.Items[0].Windows(2024)[1].To);
        Assert.Equal(D("2023-04-30"), schedule.Items[0].Windows(2023)[3].To);
    }

    [Fact]
    public void February_29_is_a_valid_day_and_falls_back_to_the_28th_in_a_common_year()
    {
        Assert.True(MeasureSchedule.TryParse("by:02-29", out var schedule, out _));
        Assert.Equal(D("2023-02-28"), schedule.Items[0].Windows(2023)[0].To);
    }
}
