using Zhibao.Domain.Registries;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests.Registries;

/// <summary>信用承诺 of agencies: standing, coverage, what may be entered, breaches (《国家知识产权局知识产权信用管理规定》).</summary>
public class CreditCommitmentRulesTests
{
    private static readonly DateOnly Today = D("2023-10-09");

    [Fact]
    public void A_signed_unbreached_commitment_covers_the_agency_even_after_an_older_breach()
    {
        var standing = CreditCommitmentRules.Standing(
            [(CommitmentStatus.Breached, D("2022-01-05"), null), (CommitmentStatus.Signed, D("2023-03-01"), null), (CommitmentStatus.Signed, D("2023-06-01"), null)], Today);
        Assert.Equal(new AgencyCommitmentStanding(CommitmentState.Signed, D("2023-06-01"), null), standing);
        Assert.True(CreditCommitmentRules.IsCovered([CommitmentStatus.Breached, CommitmentStatus.Signed]));
        Assert.False(CreditCommitmentRules.IsMissing([CommitmentStatus.Breached, CommitmentStatus.Signed]));
    }

    [Fact]
    public void A_breached_commitment_alone_is_neither_covered_nor_missing()
    {
        var standing = CreditCommitmentRules.Standing([(CommitmentStatus.Breached, D("2022-01-05"), null), (CommitmentStatus.Unsigned, null, D("2023-01-01"))], Today);
        Assert.Equal(CommitmentState.Breached, standing.State);
        Assert.False(CreditCommitmentRules.IsCovered([CommitmentStatus.Breached]));
        Assert.False(CreditCommitmentRules.IsMissing([CommitmentStatus.Breached]));
    }

    [Theory]
    [InlineData("2023-10-09", CommitmentState.Missing)]   // due today: not yet overdue
    [InlineData("2023-10-08", CommitmentState.Overdue)]   // the day after the due date
    [InlineData(null, CommitmentState.Missing)]
    public void Unsigned_requests_become_overdue_the_day_after_their_earliest_due_date(string? due, CommitmentState expected)
    {
        var standing = CreditCommitmentRules.Standing([(CommitmentStatus.Unsigned, null, due is null ? null : D(due)), (CommitmentStatus.Unsigned, null, D("2023-12-31"))], Today);
        Assert.Equal(expected, standing.State);
        Assert.Equal(due is null ? D("2023-12-31") : D(due), standing.DueOn);
    }

    [Fact]
    public void An_agency_without_any_commitment_is_missing_without_a_due_date()
    {
        Assert.Equal(new AgencyCommitmentStanding(CommitmentState.Missing, null, null), CreditCommitmentRules.Standing([], Today));
        Assert.True(CreditCommitmentRules.IsMissing([]));
    }

    [Theory]
    [InlineData(0, 0, null)]
    [InlineData(0, 3, "0")]
    [InlineData(1, 3, "0.3333")]
    [InlineData(2, 3, "0.6667")]
    [InlineData(3, 3, "1")]
    public void Coverage_is_covered_over_total_to_four_places(int covered, int total, string? rate) =>
        Assert.Equal(rate is null ? null : decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), CreditCommitmentRules.Coverage(covered, total).Rate);

    [Fact]
    public void Coverage_refuses_more_covered_than_total() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CreditCommitmentRules.Coverage(4, 3));

    [Theory]
    [InlineData(null, CommitmentStatus.Unsigned, null, "2023-10-31", null)]
    [InlineData(null, CommitmentStatus.Unsigned, null, null, "dueOn")]
    [InlineData(null, CommitmentStatus.Unsigned, "2023-10-01", "2023-10-31", "signedOn")]
    [InlineData(null, CommitmentStatus.Signed, "2023-10-09", null, null)]   // signed today
    [InlineData(null, CommitmentStatus.Signed, "2023-10-10", null, "signedOn")]   // tomorrow
    [InlineData(null, CommitmentStatus.Signed, null, null, "signedOn")]
    [InlineData(null, CommitmentStatus.Breached, "2023-10-01", null, "status")]
    [InlineData(CommitmentStatus.Unsigned, CommitmentStatus.Signed, "2023-10-01", "2023-09-30", null)]   // signed late is still signed
    [InlineData(CommitmentStatus.Breached, CommitmentStatus.Signed, "2023-10-01", null, "status")]
    [InlineData(CommitmentStatus.Breached, CommitmentStatus.Breached, "2023-10-01", null, null)]   // editing its scope
    public void What_a_commitment_may_say(CommitmentStatus? current, CommitmentStatus status, string? signedOn, string? due, string? field)
    {
        var errors = CreditCommitmentRules.Check(current, status, signedOn is null ? null : D(signedOn), due is null ? null : D(due), Today);
        if (field is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Contains(errors, e => e.Field == field);
        }
    }

    [Theory]
    [InlineData(CommitmentStatus.Signed, "2023-05-01", "2023-05-01", null)]   // on the signing day
    [InlineData(CommitmentStatus.Signed, "2023-05-01", "2023-04-30", "occurredOn")]
    [InlineData(CommitmentStatus.Signed, "2023-05-01", "2023-10-10", "occurredOn")]
    [InlineData(CommitmentStatus.Signed, "2023-05-01", null, "occurredOn")]
    [InlineData(CommitmentStatus.Breached, "2023-05-01", "2023-10-09", null)]   // a second breach
    [InlineData(CommitmentStatus.Unsigned, null, "2023-10-09", "commitment")]
    public void A_breach_needs_a_signed_commitment_and_a_day_between_signing_and_today(CommitmentStatus status, string? signedOn, string? occurred, string? field)
    {
        var errors = CreditCommitmentRules.CheckBreach(status, signedOn is null ? null : D(signedOn), occurred is null ? null : D(occurred), Today);
        if (field is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Contains(errors, e => e.Field == field);
        }
    }

    [Theory]
    [InlineData(AgencyKinds.Patent, "专利代理机构")]
    [InlineData(AgencyKinds.Trademark, "商标代理机构")]
    [InlineData(AgencyKinds.Patent | AgencyKinds.Trademark, "专利、商标代理机构")]
    public void Kind_names(AgencyKinds kinds, string name) => Assert.Equal(name, CreditCommitmentRules.KindName(kinds));
}
