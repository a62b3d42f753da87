using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Credit;
using Zhibao.Web.Platform;

namespace Zhibao.Web.Credit;

/// <summary>
/// Another module's credit records of parties (e.g. breached credit commitments of the agencies registry), read together
/// with the platform's own; register an implementation with DI to have its records graded.
/// </summary>
public interface ICreditRecordSource
{
    /// <param name="partyIds">The parties to read, or null for every party with records from <paramref name="from"/> on.</param>
    /// <param name="day">The day graded: records after it are not read.</param>
    Task<IReadOnlyList<(int PartyId, CreditRecord Record)>> ReadAsync(ZhibaoDb db, IReadOnlyCollection<int>? partyIds, DateOnly from, DateOnly day, CancellationToken ct);
}

/// <summary>
/// Reads parties' credit records from the cases (penalty decisions, referrals, adjudications), the serious-violation list
/// and the granted repairs, and grades them. A grade is a fact about the party, not about who asks: the records are read
/// past the data scope (IgnoreQueryFilters); only the lists shown beside a grade are scoped.
/// Grades are computed on read, so a case decided a moment ago, a listing, a repair or a scheme change shows at once.
/// </summary>
public sealed class PartyCredit(IDbContextFactory<ZhibaoDb> factory, CreditSchemeStore schemes, IEnumerable<ICreditRecordSource> sources, TimeProvider clock)
{
    private static readonly string[] EndedReferrals = [nameof(ReferralStatus.Returned), nameof(ReferralStatus.Concluded)];

    public DateOnly Today => Clock.Today(clock);

    public async Task<CreditEvaluation> EvaluateAsync(int partyId, CancellationToken ct)
    {
        var scheme = await schemes.GetAsync(ct);
        var records = await ReadAsync([partyId], scheme, Today, ct);
        return CreditGrading.Evaluate(scheme, records.GetValueOrDefault(partyId) ?? [], Today);
    }

    /// <summary>Every party with a record that may still count today, graded. Parties not in it have no records: the first grade.</summary>
    public async Task<(CreditScheme Scheme, Dictionary<int, CreditEvaluation> Grades)> EvaluateAllAsync(CancellationToken ct)
    {
        var scheme = await schemes.GetAsync(ct);
        var today = Today;
        var records = await ReadAsync(null, scheme, today, ct);
        return (scheme, records.ToDictionary(r => r.Key, r => CreditGrading.Evaluate(scheme, r.Value, today)));
    }

    private async Task<Dictionary<int, List<CreditRecord>>> ReadAsync(IReadOnlyCollection<int>? partyIds, CreditScheme scheme, DateOnly on, CancellationToken ct)
    {
        // Far enough back for the longest window, plus a repeat window to find the earlier of two penalty decisions.
        var longest = new[]
        {
            scheme.PenaltyWindowYears, scheme.RepeatInfringement.WindowYears, scheme.CriminalReferral.WindowYears, scheme.BreachedCommitment.WindowYears,
            scheme.RefusalToComply.WindowYears, scheme.AdjudicationInfringement.WindowYears,
        }.Max();
        var from = on.AddYears(-(longest + scheme.RepeatInfringement.WindowYears));
        await using var db = await factory.CreateDbContextAsync(ct);
        var result = new Dictionary<int, List<CreditRecord>>();
        void Add(int partyId, CreditRecord record)
        {
            if (!result.TryGetValue(partyId, out var list))
            {
                result[partyId] = list = [];
            }
            list.Add(record);
        }

        var respondents = db.CaseParties.AsNoTracking().Where(cp => cp.Role == CasePartyRole.Respondent);
        if (partyIds is not null)
        {
            respondents = respondents.Where(cp => partyIds.Contains(cp.PartyId));
        }

        var penalties = await respondents
            .Join(db.PenaltyCases.IgnoreQueryFilters(), cp => cp.CaseId, c => c.Id, (cp, c) => new
            {
                cp.PartyId, c.Id, c.CaseNumber, c.Outcome, c.DecidedOn, c.FineAmount, c.ConfiscatedAmount, c.WarningOnly, c.RepeatWithinFiveYears,
            })
            .Where(x => x.Outcome == DecisionOutcome.Penalty && x.DecidedOn != null && x.DecidedOn >= from && x.DecidedOn <= on)
            .ToListAsync(ct);
        var penaltyIds = penalties.Select(p => p.Id).Distinct().ToList();
        var repaired = await db.CreditRepairApplications.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.Decision == RepairDecision.Approved && r.PenaltyCaseId != null && penaltyIds.Contains(r.PenaltyCaseId.Value))
            .Select(r => new { CaseId = r.PenaltyCaseId!.Value, r.DecidedOn })
            .ToListAsync(ct);
        foreach (var p in penalties)
        {
            var number = p.CaseNumber ?? $"案件#{p.Id}";
            var amount = (p.FineAmount ?? 0m) + (p.ConfiscatedAmount ?? 0m);
            var repairedOn = repaired.Where(r => r.CaseId == p.Id).Select(r => r.DecidedOn).Min();
            Add(p.PartyId, new CreditRecord(CreditRecordKind.PenaltyDecision, p.DecidedOn!.Value, number, amount, RepairedOn: repairedOn,
                Detail: PenaltyDetail(p.WarningOnly, p.FineAmount, p.ConfiscatedAmount)));
            if (p.RepeatWithinFiveYears)
            {
                Add(p.PartyId, new CreditRecord(CreditRecordKind.RepeatInfringement, p.DecidedOn.Value, number, RepairedOn: repairedOn, Detail: "案件认定5年内再次违法"));
            }
        }

        var adjudications = await respondents
            .Join(db.AdjudicationCases.IgnoreQueryFilters(), cp => cp.CaseId, c => c.Id, (cp, c) => new
            {
                cp.PartyId, c.Id, c.CaseNumber, c.Closure, c.InfringementFound, c.ClosedOn, c.EnforcementAppliedOn, c.RepeatInfringer,
            })
            .Where(x => x.Closure == AdjudicationClosure.Adjudication && x.InfringementFound == true && x.ClosedOn != null && x.ClosedOn <= on
                && (x.ClosedOn >= from || x.EnforcementAppliedOn >= from))
            .ToListAsync(ct);
        foreach (var a in adjudications)
        {
            var number = a.CaseNumber ?? $"案件#{a.Id}";
            Add(a.PartyId, new CreditRecord(CreditRecordKind.AdjudicationInfringement, a.ClosedOn!.Value, number));
            if (a.EnforcementAppliedOn is { } applied)
            {
                Add(a.PartyId, new CreditRecord(CreditRecordKind.RefusalToComply, applied, number, Detail: "未履行行政裁决，权利人申请人民法院强制执行"));
            }
            if (a.RepeatInfringer)
            {
                Add(a.PartyId, new CreditRecord(CreditRecordKind.RepeatInfringement, a.ClosedOn.Value, number, Detail: "行政裁决认定重复侵权"));
            }
        }

        var referrals = await respondents
            .Join(db.CriminalReferrals.AsNoTracking(), cp => cp.CaseId, r => r.CaseId, (cp, r) => new { cp.PartyId, r.CaseId, r.ApprovedOn, r.Status })
            .Join(db.Cases.IgnoreQueryFilters(), x => x.CaseId, c => c.Id, (x, c) => new { x.PartyId, x.CaseId, x.ApprovedOn, x.Status, c.CaseNumber })
            .Where(x => x.ApprovedOn != null && x.ApprovedOn >= from && x.ApprovedOn <= on && !EndedReferrals.Contains(x.Status))
            .ToListAsync(ct);
        foreach (var r in referrals)
        {
            Add(r.PartyId, new CreditRecord(CreditRecordKind.CriminalReferral, r.ApprovedOn!.Value, r.CaseNumber ?? $"案件#{r.CaseId}"));
        }

        var listings = db.SeriousViolationListings.IgnoreQueryFilters().AsNoTracking()
            .Where(l => l.ListedOn <= on && l.PlannedRemovalOn > on && (l.RemovedOn == null || l.RemovedOn > on));
        if (partyIds is not null)
        {
            listings = listings.Where(l => partyIds.Contains(l.PartyId));
        }
        foreach (var l in await listings.Select(l => new { l.PartyId, l.DecisionNumber, l.ListedOn, l.PlannedRemovalOn, l.RemovedOn }).ToListAsync(ct))
        {
            var ends = l.RemovedOn is { } removed && removed < l.PlannedRemovalOn ? removed : l.PlannedRemovalOn;
            Add(l.PartyId, new CreditRecord(CreditRecordKind.SeriousViolationListing, l.ListedOn, l.DecisionNumber, EndsOn: ends));
        }

        foreach (var source in sources)
        {
            foreach (var (partyId, record) in await source.ReadAsync(db, partyIds, from, on, ct))
            {
                Add(partyId, record);
            }
        }
        return result;
    }

    private static string PenaltyDetail(bool warningOnly, decimal? fine, decimal? confiscated)
    {
        if (warningOnly || (fine ?? 0m) + (confiscated ?? 0m) == 0m)
        {
            return "警告";
        }
        var parts = new List<string>();
        if (fine is > 0m)
        {
            parts.Add($"罚款{CreditText.Yuan(fine.Value)}");
        }
        if (confiscated is > 0m)
        {
            parts.Add($"没收{CreditText.Yuan(confiscated.Value)}");
        }
        return string.Join("、", parts);
    }
}
