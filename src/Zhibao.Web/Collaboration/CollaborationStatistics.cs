using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Collaboration;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Collaboration;

/// <summary>
/// The year's collaboration figures (GET /api/operations/counts) for statistics and the plan: operations and their results,
/// entrusted and joint cases with how they ended (seed task 9: 案件数量和质量), requests by kind and status, meetings and their
/// follow-ups. Within the caller's data scope, and <c>unitId</c> with the units below it when given.
/// </summary>
public sealed class CollaborationStatistics(IDbContextFactory<ZhibaoDb> factory, OrgTree tree, TimeProvider clock)
{
    public async Task<CollaborationCounts> CountsAsync(int? year, int? unitId, CancellationToken ct)
    {
        var today = Clock.Today(clock);
        var y = year ?? today.Year;
        var (from, to) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        List<int>? units = unitId is { } u ? tree.UnitAndBelow(u).ToList() : null;
        await using var db = await factory.CreateDbContextAsync(ct);
        return new CollaborationCounts(y, unitId, await OperationsAsync(db, from, to, units, ct), await EntrustmentsAsync(db, from, to, units, today, ct),
            await RequestsAsync(db, from, to, units, today, ct), await MeetingsAsync(db, from, to, units, today, ct));
    }

    /// <summary>Operations started in the year (led by, or joined by, the units).</summary>
    private static async Task<OperationCounts> OperationsAsync(ZhibaoDb db, DateOnly from, DateOnly to, List<int>? units, CancellationToken ct)
    {
        var query = db.JointOperations.AsNoTracking().Where(o => o.StartDate >= from && o.StartDate <= to);
        if (units is not null)
        {
            query = query.Where(o => units.Contains(o.OrgUnitId) || o.Bodies.Any(b => units.Contains(b.OrgUnitId)));
        }
        var rows = await query.Select(o => new
        {
            o.Kind, Inspections = o.Results.Sum(r => r.Inspections), Other = o.Results.Sum(r => r.OtherCasesOpened), Goods = o.Results.Sum(r => r.GoodsSeized),
            // Decimals are added up here: SQLite cannot sum them in SQL.
            Values = o.Results.Select(r => r.GoodsValue).ToList(), Referrals = o.Results.Sum(r => r.Referrals),
            Linked = db.JointOperationCases.Count(c => c.OperationId == o.Id),
        }).ToListAsync(ct);
        var byKind = Enum.GetValues<OperationKind>()
            .Select(k => new KindCount(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(k.ToString()), CollaborationRules.Name(k), rows.Count(r => r.Kind == k)))
            .ToList();
        var joint = rows.Count(r => r.Kind == OperationKind.JointEnforcement);
        return new OperationCounts(rows.Count, joint, rows.Count - joint, byKind, rows.Sum(r => r.Inspections), rows.Sum(r => r.Linked),
            rows.Sum(r => r.Linked + r.Other), rows.Sum(r => r.Goods), rows.Sum(r => r.Values.Sum(v => v ?? 0m)), rows.Sum(r => r.Referrals));
    }

    /// <summary>Entrustments begun in the year by the units, with the cases' progress and penalties read past the case scope.</summary>
    private static async Task<EntrustmentCounts> EntrustmentsAsync(ZhibaoDb db, DateOnly from, DateOnly to, List<int>? units, DateOnly today, CancellationToken ct)
    {
        var query = db.Entrustments.AsNoTracking().Where(e => e.StartOn >= from && e.StartOn <= to);
        if (units is not null)
        {
            query = query.Where(e => units.Contains(e.OrgUnitId));
        }
        var rows = await query.Select(e => new { e.Kind, e.PartnerUnitId, Partner = e.PartnerUnit!.Name, e.Status, e.EndOn, e.CaseId, Results = e.Results.Count })
            .ToListAsync(ct);
        var caseIds = rows.Where(r => r.CaseId is not null && r.Status != EntrustmentStatus.Revoked).Select(r => r.CaseId!.Value).Distinct().ToList();
        var caseRows = caseIds.Count == 0 ? [] : await db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new
            {
                c.FiledOn, c.ClosedOn,
                Penalty = c is PenaltyCase && ((PenaltyCase)c).Outcome == DecisionOutcome.Penalty,
                Fine = c is PenaltyCase ? ((PenaltyCase)c).FineAmount : null,
            }).ToListAsync(ct);
        var byPartner = rows.GroupBy(r => (r.PartnerUnitId, r.Partner)).OrderBy(g => g.Key.PartnerUnitId)
            .Select(g => new PartnerCount(g.Key.PartnerUnitId, g.Key.Partner, g.Count(r => r.Kind == EntrustmentKind.Entrusted), g.Count(r => r.Kind == EntrustmentKind.Joint)))
            .ToList();
        return new EntrustmentCounts(rows.Count, rows.Count(r => r.Kind == EntrustmentKind.Entrusted), rows.Count(r => r.Kind == EntrustmentKind.Joint), byPartner,
            rows.Count(r => r.Status == EntrustmentStatus.Active && r.EndOn >= today), rows.Count(r => r.Status == EntrustmentStatus.Active && r.EndOn < today),
            rows.Count(r => r.Status == EntrustmentStatus.Completed), rows.Count(r => r.Status == EntrustmentStatus.Revoked), caseRows.Count,
            caseRows.Count(c => c.FiledOn is not null), caseRows.Count(c => c.ClosedOn is not null), caseRows.Count(c => c.Penalty),
            caseRows.Sum(c => c.Fine ?? 0m), rows.Sum(r => r.Results));
    }

    /// <summary>Requests sent in the year; with units, those they sent or received.</summary>
    private static async Task<RequestCounts> RequestsAsync(ZhibaoDb db, DateOnly from, DateOnly to, List<int>? units, DateOnly today, CancellationToken ct)
    {
        var query = db.CollaborationRequests.AsNoTracking().Where(r => r.SentOn >= from && r.SentOn <= to);
        if (units is not null)
        {
            query = query.Where(r => units.Contains(r.SenderUnitId) || units.Contains(r.ReceiverUnitId));
        }
        var rows = await query.Select(r => new { r.Kind, r.SenderUnitId, r.ReceiverUnitId, SenderExternal = r.SenderUnit!.Kind == OrgUnitKind.External, r.DueOn, r.RepliedOn })
            .ToListAsync(ct);
        // Sent: from the units (or, without a unit, from the bureau to an outside body); received: the rest.
        var sent = units is not null ? rows.Count(r => units.Contains(r.SenderUnitId)) : rows.Count(r => !r.SenderExternal);
        var statuses = rows.Select(r => CollaborationRules.StatusOn(r.DueOn, r.RepliedOn, today)).ToList();
        var byKind = Enum.GetValues<RequestKind>()
            .Select(k => new KindCount(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(k.ToString()), CollaborationRules.Name(k), rows.Count(r => r.Kind == k)))
            .ToList();
        return new RequestCounts(rows.Count, sent, rows.Count - sent, byKind, statuses.Count(s => s == RequestStatus.Answered),
            rows.Count(r => CollaborationRules.RepliedLate(r.DueOn, r.RepliedOn)), statuses.Count(s => s == RequestStatus.Pending),
            statuses.Count(s => s == RequestStatus.Overdue));
    }

    private static async Task<MeetingCounts> MeetingsAsync(ZhibaoDb db, DateOnly from, DateOnly to, List<int>? units, DateOnly today, CancellationToken ct)
    {
        var query = db.CoordinationMeetings.AsNoTracking().Where(m => m.HeldOn >= from && m.HeldOn <= to);
        if (units is not null)
        {
            query = query.Where(m => units.Contains(m.OrgUnitId) || m.Bodies.Any(b => units.Contains(b.OrgUnitId)));
        }
        var rows = await query.Select(m => new
        {
            FollowUps = m.FollowUps.Count, Done = m.FollowUps.Count(f => f.Status == WorkItemStatus.Done),
            Overdue = m.FollowUps.Count(f => f.Status != WorkItemStatus.Done && f.DueOn != null && f.DueOn < today),
        }).ToListAsync(ct);
        return new MeetingCounts(rows.Count, rows.Sum(r => r.FollowUps), rows.Sum(r => r.Done), rows.Sum(r => r.Overdue));
    }
}
