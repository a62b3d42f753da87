using Zhibao.Domain.Credit;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests.Credit;

/// <summary>总局令第44号: removal after 3 years, early removal from 1 year, at the boundaries and month ends.</summary>
public class SeriousViolationListTests
{
    private static readonly CreditPeriods Periods = CreditScheme.Default.Periods;

    [Theory]
    [InlineData("2023-11-01", "2026-11-01", "2024-11-01")]
    [InlineData("2024-02-29", "2027-02-28", "2025-02-28")]   // Feb 29: the anniversaries fall on Feb 28
    [InlineData("2023-08-31", "2026-08-31", "2024-08-31")]
    public void Planned_removal_is_three_years_and_early_application_one_year_after_listing(string listed, string planned, string early)
    {
        Assert.Equal(D(planned), SeriousViolationList.PlannedRemovalOn(D(listed), Periods));
        Assert.Equal(D(early), SeriousViolationList.EarliestEarlyRemovalOn(D(listed), Periods));
    }

    [Theory]
    [InlineData("2026-10-31", false)]   // one day before 3 years
    [InlineData("2026-11-01", true)]    // exactly 3 years
    public void Expiry_removal_is_allowed_from_exactly_three_years(string removedOn, bool allowed)
    {
        var error = SeriousViolationList.CheckRemoval(D("2023-11-01"), D(removedOn), RemovalKind.Expired, Periods, D("2027-01-01"));

        Assert.Equal(allowed, error is null);
        if (!allowed)
        {
            Assert.Contains("未满3年", error!, StringComparison.Ordinal);
            Assert.Contains("2026-11-01", error!, StringComparison.Ordinal);
            Assert.Contains("总局令第44号", error!, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("2024-10-31", false)]
    [InlineData("2024-11-01", true)]
    public void Early_removal_is_allowed_from_exactly_one_year(string removedOn, bool allowed)
    {
        var error = SeriousViolationList.CheckRemoval(D("2023-11-01"), D(removedOn), RemovalKind.Early, Periods, D("2027-01-01"));

        Assert.Equal(allowed, error is null);
        if (!allowed)
        {
            Assert.Contains("未满1年", error!, StringComparison.Ordinal);
            Assert.Contains("2024-11-01", error!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_removal_before_the_listing_or_in_the_future_is_refused_but_a_revoked_penalty_removes_at_once()
    {
        Assert.Contains("不能早于列入日期", SeriousViolationList.CheckRemoval(D("2023-11-01"), D("2023-10-31"), RemovalKind.Revoked, Periods, D("2023-12-01")), StringComparison.Ordinal);
        Assert.Contains("不能晚于今天", SeriousViolationList.CheckRemoval(D("2023-11-01"), D("2023-12-02"), RemovalKind.Revoked, Periods, D("2023-12-01")), StringComparison.Ordinal);
        Assert.Null(SeriousViolationList.CheckRemoval(D("2023-11-01"), D("2023-11-01"), RemovalKind.Revoked, Periods, D("2023-12-01")));
    }

    [Theory]
    [InlineData("2026-10-31", null, ListingStatus.Listed)]
    [InlineData("2026-11-01", null, ListingStatus.DueForRemoval)]
    [InlineData("2025-01-01", "2024-12-01", ListingStatus.Removed)]
    [InlineData("2024-11-30", "2024-12-01", ListingStatus.Listed)]
    public void Status_follows_the_removal_and_the_planned_date(string today, string? removed, ListingStatus status) =>
        Assert.Equal(status, SeriousViolationList.Status(D("2023-11-01"), removed is null ? null : D(removed), Periods, D(today)));

    [Fact]
    public void A_listing_cannot_precede_its_penalty_decision_nor_be_dated_in_the_future()
    {
        Assert.Contains("行政处罚决定日期2023-10-30", SeriousViolationList.CheckListedOn(D("2023-10-29"), D("2023-10-30"), D("2023-11-01")), StringComparison.Ordinal);
        Assert.Null(SeriousViolationList.CheckListedOn(D("2023-10-30"), D("2023-10-30"), D("2023-11-01")));
        Assert.NotNull(SeriousViolationList.CheckListedOn(D("2023-11-02"), null, D("2023-11-01")));
    }

    [Fact]
    public void A_longer_configured_listing_period_moves_the_planned_removal()
    {
        var five = Periods with { ListingYears = 5, EarlyRemovalMonths = 18 };

        Assert.Equal(D("2028-11-01"), SeriousViolationList.PlannedRemovalOn(D("2023-11-01"), five));
        Assert.Equal(D("2025-05-01"), SeriousViolationList.EarliestEarlyRemovalOn(D("2023-11-01"), five));
        Assert.Contains("未满18个月", SeriousViolationList.CheckRemoval(D("2023-11-01"), D("2025-04-30"), RemovalKind.Early, five, D("2030-01-01")), StringComparison.Ordinal);
    }
}
