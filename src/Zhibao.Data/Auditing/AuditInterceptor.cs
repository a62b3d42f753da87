using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Zhibao.Data.Entities;

namespace Zhibao.Data.Auditing;

/// <summary>
/// Writes an <see cref="OperationLog"/> row for every added, changed or deleted entity, in the same
/// transaction as the change: keys of new rows are known only after the insert, so the change is
/// saved inside a transaction, the log rows are saved after it, and the transaction commits once.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly HashSet<Type> NotAudited =
    [
        typeof(OperationLog), typeof(SignInLog), typeof(DataProtectionKey), typeof(RegistryImport),
        typeof(IdentityUserToken<int>), typeof(IdentityUserLogin<int>),
    ];

    /// <summary>Secrets: the log says they changed, never their values.</summary>
    // Secrets, and a person's ID number (shown in full only to holders of party.id-number.view, never in the log).
    private static readonly HashSet<string> MaskedProperties = [nameof(User.PasswordHash), nameof(User.SecurityStamp), nameof(Party.ResidentIdNumber)];

    /// <summary>Bookkeeping columns that change on every save and tell a reader nothing.</summary>
    private static readonly HashSet<string> IgnoredProperties = [nameof(IVersioned.Version), nameof(User.ConcurrencyStamp)];

    /// <summary>Per-context state: the interceptor itself is shared by all contexts.</summary>
    internal sealed class State
    {
        public List<PendingAudit>? Pending;
        public IDbContextTransaction? OwnTransaction;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ZhibaoDb db && db.AuditState.Pending is null)
        {
            var state = db.AuditState;
            state.Pending = Capture(db);
            if (state.Pending.Count > 0 && db.Database.CurrentTransaction is null)
            {
                state.OwnTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
            }
        }
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is ZhibaoDb db && db.AuditState.Pending is null)
        {
            var state = db.AuditState;
            state.Pending = Capture(db);
            if (state.Pending.Count > 0 && db.Database.CurrentTransaction is null)
            {
                state.OwnTransaction = db.Database.BeginTransaction();
            }
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not ZhibaoDb db)
        {
            return result;
        }
        var state = db.AuditState;
        if (state.Pending is { Count: > 0 } audits)
        {
            state.Pending = [];   // the nested save of the log rows must not audit itself
            try
            {
                db.OperationLogs.AddRange(audits.Select(a => a.ToLog(db.Scope, clock)));
                await db.SaveChangesAsync(cancellationToken);
                if (state.OwnTransaction is not null)
                {
                    await state.OwnTransaction.CommitAsync(cancellationToken);
                }
            }
            finally
            {
                await EndAsync(state);
            }
        }
        else if (state.Pending is { Count: 0 } && state.OwnTransaction is null)
        {
            state.Pending = null;
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is not ZhibaoDb db)
        {
            return result;
        }
        var state = db.AuditState;
        if (state.Pending is { Count: > 0 } audits)
        {
            state.Pending = [];
            try
            {
                db.OperationLogs.AddRange(audits.Select(a => a.ToLog(db.Scope, clock)));
                db.SaveChanges();
                state.OwnTransaction?.Commit();
            }
            finally
            {
                state.OwnTransaction?.Dispose();
                state.OwnTransaction = null;
                state.Pending = null;
            }
        }
        else if (state.Pending is { Count: 0 } && state.OwnTransaction is null)
        {
            state.Pending = null;
        }
        return result;
    }

    // EF reports a concurrency conflict here and not through SaveChangesFailed: end the transaction in both places,
    // or a long-lived context would keep it open and, on SQLite, hold the write lock.
    public override async ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ZhibaoDb db)
        {
            await EndAsync(db.AuditState);
        }
        return result;
    }

    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        if (eventData.Context is ZhibaoDb db)
        {
            db.AuditState.OwnTransaction?.Dispose();
            db.AuditState.OwnTransaction = null;
            db.AuditState.Pending = null;
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ZhibaoDb db)
        {
            // Disposing an uncommitted transaction rolls it back.
            await EndAsync(db.AuditState);
        }
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is ZhibaoDb db)
        {
            db.AuditState.OwnTransaction?.Dispose();
            db.AuditState.OwnTransaction = null;
            db.AuditState.Pending = null;
        }
    }

    private static async ValueTask EndAsync(State state)
    {
        if (state.OwnTransaction is not null)
        {
            await state.OwnTransaction.DisposeAsync();
        }
        state.OwnTransaction = null;
        state.Pending = null;
    }

    private static List<PendingAudit> Capture(ZhibaoDb db)
    {
        db.ChangeTracker.DetectChanges();
        var audits = new List<PendingAudit>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (NotAudited.Contains(entry.Metadata.ClrType) || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }
            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
            {
                versioned.Version++;
            }
            if (db.SummaryAuditOnly)
            {
                continue;   // a bulk import logs one summary entry itself (ADR 0009)
            }
            var changes = new Dictionary<string, object?>();
            foreach (var property in entry.Properties)
            {
                var name = property.Metadata.Name;
                // Keys are logged as EntityKey once known; before the insert a generated key is only a placeholder.
                if (IgnoredProperties.Contains(name) || property.Metadata.IsShadowProperty() || property.Metadata.IsPrimaryKey())
                {
                    continue;
                }
                if (entry.State == EntityState.Modified && !property.IsModified)
                {
                    continue;
                }
                if (entry.State == EntityState.Modified && Equals(property.OriginalValue, property.CurrentValue))
                {
                    continue;
                }
                // A complainant's or reporter's identity is confidential (暂行办法): the log records that it changed, not to what.
                var masked = MaskedProperties.Contains(name) || entry.Entity is LeadInformant;
                changes[name] = entry.State switch
                {
                    EntityState.Added => new { @new = masked ? "***" : property.CurrentValue },
                    EntityState.Deleted => new { old = masked ? "***" : property.OriginalValue },
                    _ => new { old = masked ? "***" : property.OriginalValue, @new = masked ? "***" : property.CurrentValue },
                };
            }
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }
            audits.Add(new PendingAudit(entry, entry.State, changes));
        }
        return audits;
    }

    internal sealed record PendingAudit(EntityEntry Entry, EntityState State, Dictionary<string, object?> Changes)
    {
        public OperationLog ToLog(IDataScope scope, TimeProvider clock) => new()
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = scope.UserId,
            UserName = scope.UserName,
            OrgUnitId = scope.OrgUnitId ?? 0,
            Action = State switch { EntityState.Added => "新增", EntityState.Deleted => "删除", _ => "修改" },
            EntityType = Entry.Metadata.ClrType.IsGenericType ? Entry.Metadata.DisplayName() : Entry.Metadata.ClrType.Name,
            EntityKey = KeyOf(Entry),
            Changes = JsonSerializer.Serialize(Changes, JsonOptions),
        };

        private static string KeyOf(EntityEntry entry)
        {
            var key = entry.Metadata.FindPrimaryKey();
            return key is null ? "" : string.Join(",", key.Properties.Select(p => entry.Property(p.Name).CurrentValue));
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
