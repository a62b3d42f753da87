using Zhibao.Domain.Credit;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests.Credit;

/// <summary>信用修复管理办法: 6 months for a penalty record, 1 year for a listing, at month ends and leap days.</summary>
public class CreditRepairTests
{
    private static readonly CreditPeriods Periods = CreditScheme.Default.Periods;
    private static readonly DateOnly Today = D("2030-01-01");

    private static IReadOnlyList<SchemeError> Check(RepairTarget target, string since, string applied, bool carriedOut = true, bool listed = false, string? last = null) =>
        CreditRepair.Check(new RepairFacts(target, D(applied), D(since), carriedOut, listed, last is null ? null : D(last)), Periods, Today,
            target == RepairTarget.Penalty ? "penaltyCaseId" : "listingId");

    [Theory]
    [InlineData("2023-08-31", "2024-02-29")]   // month end into a leap February
    [InlineData("2022-08-31", "2023-02-28")]   // month end into an ordinary February
    [InlineData("2023-10-30", "2024-04-30")]
    [InlineData("2024-02-29", "2024-08-29")]
    public void A_penalty_record_may_be_repaired_six_months_after_publication(string since, string earliest)
    {
        Assert.Equal(D(earliest), CreditRepair.EarliestOn(RepairTarget.Penalty, D(since), Periods));
        Assert.Empty(Check(RepairTarget.Penalty, since, earliest));
        var early = Assert.Single(Check(RepairTarget.Penalty, since, D(earliest).AddDays(-1).ToString("yyyy-MM-dd")));
        Assert.Equal("appliedOn", early.Field);
        Assert.Contains($"最早{earliest}可申请", early.Message, StringComparison.Ordinal);
        Assert.Contains("信用修复管理办法》第六条", early.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-08-31", "2024-08-31")]
    [InlineData("2024-02-29", "2025-02-28")]   // leap day listing: one year is 28 February
    public void A_listing_may_be_removed_early_on_application_one_year_after_listing(string listed, string earliest)
    {
        Assert.Empty(Check(RepairTarget.Listing, listed, earliest));
        var early = Assert.Single(Check(RepairTarget.Listing, listed, D(earliest).AddDays(-1).ToString("yyyy-MM-dd")));
        Assert.Equal("appliedOn", early.Field);
        Assert.Contains("满1年", early.Message, StringComparison.Ordinal);
        Assert.Contains("总局令第44号", early.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_penalty_not_carried_out_or_a_party_still_listed_is_refused_on_the_record_field()
    {
        var errors = Check(RepairTarget.Penalty, "2023-01-10", "2023-08-01", carriedOut: false, listed: true);

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("penaltyCaseId", e.Field));
        Assert.Contains(errors, e => e.Message.Contains("尚未履行完毕", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("严重违法失信名单", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2024-01-09", false)]   // one day short of 12 months since the last repair
    [InlineData("2024-01-10", true)]
    public void A_second_repair_waits_twelve_months_after_the_last(string applied, bool allowed) =>
        Assert.Equal(allowed, Check(RepairTarget.Penalty, "2023-01-01", applied, last: "2023-01-10").Count == 0);

    [Fact]
    public void An_application_dated_in_the_future_is_refused()
    {
        var error = Assert.Single(CreditRepair.Check(new RepairFacts(RepairTarget.Penalty, D("2030-01-02"), D("2023-01-01"), true, false, null), Periods, Today, "penaltyCaseId"));

        Assert.Equal("appliedOn", error.Field);
    }
}
