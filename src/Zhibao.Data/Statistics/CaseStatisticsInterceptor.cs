using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Zhibao.Data.Entities;

namespace Zhibao.Data.Statistics;

/// <summary>
/// Keeps the statistics tables current through the save path every case change takes (ADR 0008): before the save it
/// notes which units' months a changed case or referral counts in (old and new values), after the save it recomputes
/// them with <see cref="CaseStatistics.RecomputeAsync"/>. Register it before the <see cref="Auditing.AuditInterceptor"/>:
/// the audit interceptor commits its transaction after this one has run, so the case and its figures commit together.
/// </summary>
public sealed class CaseStatisticsInterceptor : SaveChangesInterceptor
{
    /// <summary>The properties a statistic reads; a change to any other leaves the figures as they are.</summary>
    private static readonly HashSet<string> Counted =
    [
        nameof(Case.OrgUnitId), nameof(Case.Kind), nameof(Case.FiledOn), nameof(Case.ClosedOn), nameof(Case.KeySector),
        nameof(PenaltyCase.IllegalBusinessVolume), nameof(PenaltyCase.FineAmount), nameof(PenaltyCase.ConfiscatedAmount),
        nameof(MediationCase.AgreementSignedOn), nameof(MediationCase.CourtRuledOn), nameof(MediationCase.Confirmation),
    ];

    private static readonly string[] CountedDates =
        [nameof(Case.FiledOn), nameof(Case.ClosedOn), nameof(MediationCase.AgreementSignedOn), nameof(MediationCase.CourtRuledOn)];

    /// <summary>Per-context state: the interceptor is shared by all contexts.</summary>
    internal sealed class State
    {
        public Pending? Pending;
    }

    internal sealed class Pending
    {
        public readonly HashSet<StatMonth> Months = [];
        /// <summary>Cases moved to another unit or kind: their referrals' months move with them (old and new unit).</summary>
        public readonly List<(int CaseId, int[] Units)> Moved = [];
        /// <summary>Referrals changed: their months, and their case (the unit is looked up after the save).</summary>
        public readonly List<(EntityEntry Entry, int? OldCaseId, DateOnly[] Months)> Referrals = [];

        public bool Any => Months.Count > 0 || Moved.Count > 0 || Referrals.Count > 0;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        SavingChanges(eventData, result);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is ZhibaoDb db)
        {
            var pending = Capture(db);
            db.StatisticsState.Pending = pending.Any ? pending : null;
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ZhibaoDb { StatisticsState.Pending: { } pending } db)
        {
            db.StatisticsState.Pending = null;
            await ApplyAsync(db, pending, cancellationToken);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is ZhibaoDb { StatisticsState.Pending: { } pending } db)
        {
            db.StatisticsState.Pending = null;
            ApplyAsync(db, pending, CancellationToken.None).GetAwaiter().GetResult();
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Forget(DbContext? context)
    {
        if (context is ZhibaoDb db)
        {
            db.StatisticsState.Pending = null;
        }
    }

    private static Pending Capture(ZhibaoDb db)
    {
        var pending = new Pending();
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            if (entry.Entity is Case)
            {
                CaptureCase(entry, pending);
            }
            else if (entry.Entity is CriminalReferral)
            {
                CaptureReferral(entry, pending);
            }
        }
        return pending;
    }

    private static void CaptureCase(EntityEntry entry, Pending pending)
    {
        var changed = entry.Properties.Where(p => Counted.Contains(p.Metadata.Name) && (entry.State != EntityState.Modified || Changed(p))).ToList();
        if (changed.Count == 0)
        {
            return;
        }
        var units = new[] { (int)entry.Property(nameof(Case.OrgUnitId)).OriginalValue!, (int)entry.Property(nameof(Case.OrgUnitId)).CurrentValue! }.Distinct().ToArray();
        var months = entry.Properties.Where(p => CountedDates.Contains(p.Metadata.Name))
            .SelectMany(p => new[] { p.OriginalValue as DateOnly?, p.CurrentValue as DateOnly? })
            .OfType<DateOnly>().Select(StatMonth.Start).Distinct();
        foreach (var unit in units)
        {
            foreach (var month in months)
            {
                pending.Months.Add(new StatMonth(unit, month));
            }
        }
        if (entry.State == EntityState.Modified && changed.Any(p => p.Metadata.Name is nameof(Case.OrgUnitId) or nameof(Case.Kind)))
        {
            pending.Moved.Add(((int)entry.Property(nameof(Case.Id)).CurrentValue!, units));
        }
    }

    private static void CaptureReferral(EntityEntry entry, Pending pending)
    {
        var at = entry.Property(nameof(CriminalReferral.TransferredAt));
        var caseId = entry.Property(nameof(CriminalReferral.CaseId));
        if (entry.State == EntityState.Modified && !Changed(at) && !Changed(caseId))
        {
            return;
        }
        var months = new[] { at.OriginalValue as DateTime?, at.CurrentValue as DateTime? }.OfType<DateTime>()
            .Select(t => StatMonth.Start(CaseStatistics.ChinaDate(t))).Distinct().ToArray();
        if (months.Length > 0)
        {
            pending.Referrals.Add((entry, entry.State == EntityState.Added ? null : (int?)caseId.OriginalValue, months));
        }
    }

    private static bool Changed(PropertyEntry p) => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue);

    private static async Task ApplyAsync(ZhibaoDb db, Pending pending, CancellationToken ct)
    {
        var months = new HashSet<StatMonth>(pending.Months);
        if (pending.Referrals.Count > 0)
        {
            var caseIds = pending.Referrals.SelectMany(r => new[] { r.OldCaseId, (int)r.Entry.Property(nameof(CriminalReferral.CaseId)).CurrentValue! })
                .OfType<int>().Distinct().ToList();
            var unitOf = await db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => caseIds.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, c => c.OrgUnitId, ct);
            foreach (var (entry, oldCaseId, referralMonths) in pending.Referrals)
            {
                var ids = new[] { oldCaseId, (int)entry.Property(nameof(CriminalReferral.CaseId)).CurrentValue! };
                foreach (var unit in ids.OfType<int>().Where(unitOf.ContainsKey).Select(id => unitOf[id]).Distinct())
                {
                    months.UnionWith(referralMonths.Select(m => new StatMonth(unit, m)));
                }
            }
        }
        if (pending.Moved.Count > 0)
        {
            var moved = pending.Moved.Select(m => m.CaseId).ToList();
            var transfers = await db.CriminalReferrals.AsNoTracking().Where(r => moved.Contains(r.CaseId) && r.TransferredAt != null)
                .Select(r => new { r.CaseId, r.TransferredAt }).ToListAsync(ct);
            foreach (var (caseId, units) in pending.Moved)
            {
                foreach (var t in transfers.Where(t => t.CaseId == caseId))
                {
                    months.UnionWith(units.Select(u => new StatMonth(u, StatMonth.Start(CaseStatistics.ChinaDate(t.TransferredAt!.Value)))));
                }
            }
        }
        if (months.Count == 0)
        {
            return;
        }
        if (db.Database.CurrentTransaction is not null)
        {
            await CaseStatistics.RecomputeAsync(db, months, ct);
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await CaseStatistics.RecomputeAsync(db, months, ct);
        await transaction.CommitAsync(ct);
    }
}
