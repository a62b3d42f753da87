using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Reporting;
using Zhibao.Web.Cases;
using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Reporting;

/// <summary>
/// Reads the patent-related cases of a bureau for a month from the case tables: patent-dispute adjudications, penalty
/// cases with the subject 假冒专利 and mediations of the patent dispute types (令第81号第六十三条) that stand on their own (a
/// mediation registered from an adjudication's 调解结案 is that adjudication, not a second case). The bureau's cases are
/// those of its units, not of a bureau below it; they are read past the user's data scope, since the report is the bureau's.
/// </summary>
public sealed class MonthlyReportSource(OrgTree tree)
{
    public const string CounterfeitSubject = "假冒专利";

    private static readonly string[] PatentDisputeTypes = [.. MediationRules.DisputeTypes.Where(MediationRules.IsPatentDispute)];

    /// <summary>The bureau's own units: below it, and not below a bureau further down (a city's districts report themselves).</summary>
    public IReadOnlyCollection<int> UnitsOf(int bureauId) => [.. tree.UnitAndBelow(bureauId).Where(u => tree.BureauId(u) == bureauId)];

    private static IQueryable<Case> PatentCases(ZhibaoDb db, IReadOnlyCollection<int> units) =>
        db.Cases.IgnoreQueryFilters().Where(c => units.Contains(c.OrgUnitId) && c.FiledOn != null && (
            c.Kind == CaseKind.Adjudication
            || (c.Kind == CaseKind.Penalty && c.Subject == CounterfeitSubject)
            || (c.Kind == CaseKind.Mediation && ((MediationCase)c).ParentCaseId == null && PatentDisputeTypes.Contains(((MediationCase)c).DisputeType))));

    /// <summary>
    /// The cases that belong in the month: filed by its end, and filed, closed or changed (a 流程记录 entry) within it.
    /// “Within” is China time: the month's UTC bounds come from <see cref="ReportPeriod"/>.
    /// </summary>
    public async Task<List<ReportCase>> CasesAsync(ZhibaoDb db, int bureauId, ReportPeriod period, CancellationToken ct)
    {
        var (first, last, from, to) = (period.FirstDay, period.LastDay, period.StartUtc, period.EndUtc);
        var cases = await PatentCases(db, UnitsOf(bureauId))
            .Where(c => c.FiledOn <= last && (c.FiledOn >= first || (c.ClosedOn >= first && c.ClosedOn <= last)
                || c.Events.Any(e => e.At >= from && e.At < to)))
            .Include(c => c.Parties).ThenInclude(p => p.Party)
            .Include(c => c.Rights)
            .Include(c => c.Referrals)
            .AsSplitQuery()
            .AsNoTracking()
            .ToListAsync(ct);
        return [.. cases.Select(c => ToReportCase(c, period)).OrderBy(c => c.Kind).ThenBy(c => c.FiledOn).ThenBy(c => c.CaseId)];
    }

    /// <summary>Open cases per kind at the end of <paramref name="day"/>: filed by then and not closed by then.</summary>
    public async Task<Dictionary<ReportCaseKind, int>> PendingAsync(ZhibaoDb db, int bureauId, DateOnly day, CancellationToken ct)
    {
        var counts = await PatentCases(db, UnitsOf(bureauId))
            .Where(c => c.FiledOn <= day && (c.ClosedOn == null || c.ClosedOn > day))
            .GroupBy(c => c.Kind)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return counts.ToDictionary(c => KindOf(c.Key), c => c.Count);
    }

    private static ReportCaseKind KindOf(CaseKind kind) => kind switch
    {
        CaseKind.Adjudication => ReportCaseKind.PatentDispute,
        CaseKind.Penalty => ReportCaseKind.CounterfeitPatent,
        _ => ReportCaseKind.PatentMediation,
    };

    /// <summary>The case as it stood at the month's end: what happened afterwards is not in last month's report.</summary>
    internal static ReportCase ToReportCase(Case c, ReportPeriod period)
    {
        var closedOn = period.AsAtEnd(c.ClosedOn);
        var parties = c.Parties.OrderBy(p => p.Id).ToList();
        string? Names(params CasePartyRole[] roles) =>
            parties.Where(p => roles.Contains(p.Role)).Select(p => p.Party!.Name).Distinct().ToList() is { Count: > 0 } names ? string.Join("、", names) : null;
        var requesters = Names(CasePartyRole.Requester, CasePartyRole.RightsHolder);
        var respondents = Names(CasePartyRole.Respondent);
        var transferred = c.Referrals.Any(r => r.TransferredAt is { } at && period.AsAtEnd(ReportPeriod.ChinaDate(at)) is not null);
        switch (c)
        {
            case AdjudicationCase a:
                return new ReportCase(a.Id, ReportCaseKind.PatentDispute, a.CaseNumber, a.Title, a.PatentNumber, a.PatentKind, a.PatentTitle,
                    requesters, respondents, a.ReceivedOn, a.FiledOn, closedOn,
                    closedOn is null || a.Closure is not { } closure ? null
                        : AdjudicationWorkflow.Name(closure) + a.InfringementFound switch { true => "（侵权成立）", false => "（侵权不成立）", null => "" },
                    null, null, null, null, transferred);
            case MediationCase m:
                var agreed = period.AsAtEnd(m.AgreementSignedOn) is not null;
                var confirmed = m.Confirmation == ConfirmationStatus.Confirmed && period.AsAtEnd(m.CourtRuledOn) is not null;
                return new ReportCase(m.Id, ReportCaseKind.PatentMediation, m.CaseNumber, m.Title, m.PatentNumber, m.PatentKind, null,
                    requesters, respondents, m.ReceivedOn, m.FiledOn, closedOn,
                    agreed ? "达成调解协议" + (confirmed ? "（已司法确认）" : "") : closedOn is null ? null : "调解不成",
                    null, agreed ? m.AgreedAmount : null, null, null, transferred);
            default:
                var p = (PenaltyCase)c;
                var decided = period.AsAtEnd(p.DecidedOn) is not null;
                var patents = c.Rights.Where(r => r.Kind == RightKind.Patent).OrderBy(r => r.Id).ToList();
                return new ReportCase(p.Id, ReportCaseKind.CounterfeitPatent, p.CaseNumber, p.Title,
                    patents.Count == 0 ? null : string.Join(ReportCase.NumberSeparator, patents.Select(r => r.Number)), null,
                    patents.Count == 0 ? null : string.Join("、", patents.Select(r => r.Name)),
                    requesters, respondents, p.ReceivedOn, p.FiledOn, closedOn,
                    decided && p.Outcome is { } outcome ? PenaltyWorkflow.Name(outcome) : null,
                    decided && (p.FineAmount ?? p.ConfiscatedAmount) is not null ? (p.FineAmount ?? 0) + (p.ConfiscatedAmount ?? 0) : null,
                    null, null, null, transferred || (decided && p.Outcome == DecisionOutcome.TransferToJudiciary));
        }
    }
}
