using Zhibao.Domain.Statistics;

namespace Zhibao.Domain.Tests.Statistics;

public sealed class IndicatorsTests
{
    [Theory]
    [InlineData(4, 1, 5, 66.7)]
    [InlineData(3, 0, 3, 100.0)]
    [InlineData(0, 2, 0, 0.0)]
    [InlineData(1, 0, 3, 33.3)]
    public void Closure_rate_is_closed_over_open_at_start_plus_filed(int closed, int pending, int filed, double expected) =>
        Assert.Equal(expected, Indicators.ClosureRate(closed, pending, filed));

    [Fact]
    public void Closure_rate_is_unknown_when_there_was_nothing_to_handle() => Assert.Null(Indicators.ClosureRate(0, 0, 0));

    [Theory]
    [InlineData(new[] { 10, 30, 41, 58 }, 58)]      // rank ceil(3.6) = 4
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 9)] // rank exactly 9
    [InlineData(new[] { 7 }, 7)]
    [InlineData(new[] { 5, 5, 5, 100 }, 100)]
    public void P90_is_the_nearest_rank(int[] values, int expected)
    {
        var histogram = values.GroupBy(v => v).Select(g => KeyValuePair.Create(g.Key, g.Count()));
        Assert.Equal(expected, Indicators.Percentile(histogram, 0.9));
    }

    [Fact]
    public void P90_of_nothing_is_unknown() => Assert.Null(Indicators.Percentile([], 0.9));

    [Theory]
    [InlineData(5.0, 1.0, 400.0)]
    [InlineData(3.0, 4.0, -25.0)]
    [InlineData(2.0, 2.0, 0.0)]
    public void Change_rate_compares_with_last_year(double current, double previous, double expected) =>
        Assert.Equal(expected, Indicators.ChangeRate(current, previous));

    [Fact]
    public void Change_rate_is_unknown_against_zero_or_a_missing_figure()
    {
        Assert.Null(Indicators.ChangeRate(3, 0));
        Assert.Null(Indicators.ChangeRate(null, 3));
        Assert.Null(Indicators.ChangeRate(3, null));
    }

    [Theory]
    [InlineData("62345.67", "6.2346")]
    [InlineData("0.5", "0.0001")]
    [InlineData("0.49", "0")]
    [InlineData("36000", "3.6")]
    public void Yuan_become_wan_to_four_decimals(string yuan, string wan) =>
        Assert.Equal(decimal.Parse(wan, System.Globalization.CultureInfo.InvariantCulture),
            Indicators.ToWan(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Last_year_of_a_leap_day_is_the_28th() =>
        Assert.Equal((new DateOnly(2023, 2, 1), new DateOnly(2023, 2, 28)), Indicators.LastYear(new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29)));

    [Theory]
    [InlineData("2023", ReportPeriodKind.Year, "2023-01-01", "2023-12-31", "2023年")]
    [InlineData("2023-Q3", ReportPeriodKind.Quarter, "2023-07-01", "2023-09-30", "2023年第三季度")]
    [InlineData("2023-q1", ReportPeriodKind.Quarter, "2023-01-01", "2023-03-31", "2023年第一季度")]
    [InlineData("2024-02", ReportPeriodKind.Month, "2024-02-01", "2024-02-29", "2024年2月")]
    [InlineData("2023-12", ReportPeriodKind.Month, "2023-12-01", "2023-12-31", "2023年12月")]
    public void Report_periods_parse(string text, ReportPeriodKind kind, string from, string to, string name)
    {
        var period = ReportPeriod.Parse(text);
        Assert.NotNull(period);
        Assert.Equal((kind, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), name),
            (period.Kind, period.From, period.To, period.Name));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2023-Q5")]
    [InlineData("2023-13")]
    [InlineData("2023-00")]
    [InlineData("2023-1")]
    [InlineData("23-10")]
    [InlineData("1999")]
    [InlineData("2023/10")]
    public void Other_periods_are_refused(string? text) => Assert.Null(ReportPeriod.Parse(text));
}
