using Zhibao.Domain.Collaboration;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests.Collaboration;

/// <summary>The few date rules of collaboration: a request is overdue from the day after its deadline; a term includes its last day.</summary>
public class CollaborationRulesTests
{
    [Theory]
    [InlineData("2023-10-16", null, "2023-10-16", RequestStatus.Pending)]   // due today: still on time
    [InlineData("2023-10-16", null, "2023-10-17", RequestStatus.Overdue)]   // the day after
    [InlineData(null, null, "2030-01-01", RequestStatus.Pending)]           // no deadline never runs late
    [InlineData("2023-10-16", "2023-10-20", "2023-10-21", RequestStatus.Answered)] // answered late is answered
    public void A_request_is_overdue_only_from_the_day_after_its_deadline_while_unanswered(string? due, string? replied, string today, RequestStatus status) =>
        Assert.Equal(status, CollaborationRules.StatusOn(Maybe(due), Maybe(replied), D(today)));

    [Theory]
    [InlineData("2023-10-16", "2023-10-16", false)]
    [InlineData("2023-10-16", "2023-10-17", true)]
    [InlineData(null, "2023-10-17", false)]
    public void Replied_late_means_after_the_deadline_day(string? due, string replied, bool late) =>
        Assert.Equal(late, CollaborationRules.RepliedLate(Maybe(due), D(replied)));

    [Theory]
    [InlineData("2023-10-08", false)]
    [InlineData("2023-10-09", true)]   // first day
    [InlineData("2023-12-31", true)]   // last day
    [InlineData("2024-01-01", false)]
    public void An_active_entrustment_takes_contributions_within_its_term_both_ends_included(string today, bool within) =>
        Assert.Equal(within, CollaborationRules.WithinTerm(EntrustmentStatus.Active, D("2023-10-09"), D("2023-12-31"), D(today)));

    [Fact]
    public void A_completed_or_revoked_entrustment_takes_none_and_an_active_one_past_its_term_reads_expired()
    {
        Assert.False(CollaborationRules.WithinTerm(EntrustmentStatus.Completed, D("2023-10-09"), D("2023-12-31"), D("2023-11-01")));
        Assert.False(CollaborationRules.WithinTerm(EntrustmentStatus.Revoked, D("2023-10-09"), D("2023-12-31"), D("2023-11-01")));
        Assert.Equal("已到期", CollaborationRules.StateName(EntrustmentStatus.Active, D("2023-12-31"), D("2024-01-01")));
        Assert.Equal("办理中", CollaborationRules.StateName(EntrustmentStatus.Active, D("2023-12-31"), D("2023-12-31")));
        Assert.Equal("已完成", CollaborationRules.StateName(EntrustmentStatus.Completed, D("2023-12-31"), D("2024-01-01")));
    }

    [Theory]
    [InlineData("2023-08-31", OperationPhase.Planned)]
    [InlineData("2023-09-01", OperationPhase.Running)]
    [InlineData("2023-10-31", OperationPhase.Running)]
    [InlineData("2023-11-01", OperationPhase.Ended)]
    public void An_operation_runs_from_its_first_to_its_last_day(string today, OperationPhase phase) =>
        Assert.Equal(phase, CollaborationRules.PhaseOn(D("2023-09-01"), D("2023-10-31"), D(today)));

    [Theory]
    [InlineData("jointEnforcement", OperationKind.JointEnforcement)]
    [InlineData("DoubleStrike", OperationKind.DoubleStrike)]
    [InlineData("“双打”行动", OperationKind.DoubleStrike)]
    [InlineData("双打行动", OperationKind.DoubleStrike)]
    [InlineData("地理标志专项整治", OperationKind.GeographicalIndicationCampaign)]
    [InlineData("打假", null)]
    [InlineData(" ", null)]
    public void Kinds_are_read_by_their_API_or_Chinese_names(string text, OperationKind? kind) =>
        Assert.Equal(kind, CollaborationRules.Parse<OperationKind>(text, CollaborationRules.Name));

    private static DateOnly? Maybe(string? day) => day is null ? null : D(day);
}
