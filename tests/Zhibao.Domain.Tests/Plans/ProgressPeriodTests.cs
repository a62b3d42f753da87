using Zhibao.Domain.Plans;

namespace Zhibao.Domain.Tests.Plans;

/// <summary>Reporting periods of a plan year and the day each report is due (the Nth of the next month, clamped).</summary>
public class ProgressPeriodTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(2023, ProgressCadence.Monthly, 9, "2023-09", "2023-09-01", "2023-09-30", "2023年9月")]
    [InlineData(2024, ProgressCadence.Monthly, 2, "2024-02", "2024-02-01", "2024-02-29", "2024年2月")]
    [InlineData(2023, ProgressCadence.Monthly, 12, "2023-12", "2023-12-01", "2023-12-31", "2023年12月")]
    [InlineData(2023, ProgressCadence.Quarterly, 3, "2023-Q3", "2023-07-01", "2023-09-30", "2023年第三季度")]
    [InlineData(2023, ProgressCadence.Quarterly, 4, "2023-Q4", "2023-10-01", "2023-12-31", "2023年第四季度")]
    public void Periods_have_keys_bounds_and_names(int year, ProgressCadence cadence, int index, string key, string start, string end, string name)
    {
        var period = new ProgressPeriod(year, cadence, index);
        Assert.Equal((key, D(start), D(end), name), (period.Key, period.Start, period.End, period.Name));
        Assert.Equal(period, ProgressPeriod.Parse(key.ToLowerInvariant(), year, cadence));
    }

    [Theory]
    [InlineData(2023, 9, 10, "2023-10-10")]
    [InlineData(2023, 12, 10, "2024-01-10")] // December's report is due in the next year
    [InlineData(2024, 1, 31, "2024-02-29")]  // the 31st of February is its last day
    [InlineData(2023, 1, 31, "2023-02-28")]
    public void A_monthly_report_is_due_on_the_day_of_the_next_month(int year, int month, int dueDay, string due) =>
        Assert.Equal(D(due), new ProgressPeriod(year, ProgressCadence.Monthly, month).DueOn(dueDay));

    [Fact]
    public void A_quarterly_report_is_due_in_the_month_after_the_quarter() =>
        Assert.Equal(D("2023-10-10"), new ProgressPeriod(2023, ProgressCadence.Quarterly, 3).DueOn(10));

    [Theory]
    [InlineData("2023-10-09", ProgressCadence.Monthly, "2023-09", 9)]
    [InlineData("2023-10-01", ProgressCadence.Monthly, "2023-09", 9)]
    [InlineData("2023-09-30", ProgressCadence.Monthly, "2023-08", 8)]  // September has not ended on its last day
    [InlineData("2023-01-15", ProgressCadence.Monthly, null, 0)]
    [InlineData("2024-03-01", ProgressCadence.Monthly, "2023-12", 12)] // a past year: every period has ended
    [InlineData("2023-10-09", ProgressCadence.Quarterly, "2023-Q3", 3)]
    [InlineData("2023-09-30", ProgressCadence.Quarterly, "2023-Q2", 2)]
    public void The_past_period_is_the_last_that_ended(string asOf, ProgressCadence cadence, string? last, int elapsed)
    {
        Assert.Equal(last, ProgressPeriod.LastCompleted(2023, cadence, D(asOf))?.Key);
        Assert.Equal(elapsed, ProgressPeriod.Elapsed(2023, cadence, D(asOf)).Count);
    }

    [Theory]
    [InlineData("2023-13")]
    [InlineData("2023-00")]
    [InlineData("2022-09")]
    [InlineData("2023-Q5")]
    [InlineData("九月")]
    [InlineData("")]
    public void Keys_outside_the_year_or_cadence_are_refused(string key) => Assert.Null(ProgressPeriod.Parse(key, 2023, ProgressCadence.Monthly));

    [Fact]
    public void Reports_may_be_written_for_periods_that_have_started() =>
        Assert.Equal(new[] { "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4" }, ProgressPeriod.Open(2023, ProgressCadence.Quarterly, D("2023-10-01")).Select(p => p.Key));

    [Theory]
    [InlineData(ProgressState.Approved, false, Rag.Green)]
    [InlineData(ProgressState.Submitted, true, Rag.Green)]
    [InlineData(ProgressState.Returned, false, Rag.Amber)]
    [InlineData(ProgressState.Missing, false, Rag.Amber)]
    [InlineData(ProgressState.Missing, true, Rag.Red)]
    [InlineData(ProgressState.NotDue, true, Rag.Grey)]
    public void Missing_progress_is_amber_until_due_and_red_after(ProgressState state, bool pastDue, Rag rag) =>
        Assert.Equal(rag, ProgressRules.Rag(state, pastDue));
}
