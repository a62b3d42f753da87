using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;

namespace Zhibao.Web.Platform.Excel;

/// <summary>
/// Runs confirmed imports in the background, one at a time per node: re-reads the stored workbook, checks every row again
/// and writes the valid ones in one transaction with one summary operation-log entry (ADR 0009). Woken by a confirmation,
/// and every <see cref="PollInterval"/> for imports confirmed on another node or interrupted by a restart. A run is
/// all-or-nothing and idempotent, so an interrupted one simply runs again: at once on SQLite (one node), after
/// <see cref="Lease"/> on PostgreSQL (where another node may still be running it). Expired imports are deleted here too.
/// </summary>
public sealed class ImportRunner(IServiceScopeFactory scopes, ImportProgress progress, TimeProvider clock, ILogger<ImportRunner> log)
    : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    private readonly Channel<bool> wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Signal() => wake.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PollInterval, clock);
        var tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
        var first = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunPendingAsync(first, stoppingToken);
                first = false;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Registry imports: the queue could not be read; retrying at the next interval");
            }
            var woken = wake.Reader.WaitToReadAsync(stoppingToken).AsTask();
            if (await Task.WhenAny(woken, tick) == tick)
            {
                if (!await tick)
                {
                    return;
                }
                tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
            }
            while (wake.Reader.TryRead(out _))
            {
            }
        }
    }

    /// <summary>Runs every queued import (and interrupted ones); returns how many ran.</summary>
    public async Task<int> RunPendingAsync(bool starting, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        await using var db = new ZhibaoDb(scope.ServiceProvider.GetRequiredService<DbContextOptions<ZhibaoDb>>());
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = now - Lease;
        var sqlite = db.Database.IsSqlite();
        // A run is one transaction: one that was interrupted wrote nothing and may start again.
        await db.RegistryImports.Where(i => i.Status == RegistryImportStatus.Running && ((starting && sqlite) || i.StartedAt < stale))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, RegistryImportStatus.Queued), ct);
        await db.RegistryImports.Where(i => i.ExpiresAt < now && i.Status != RegistryImportStatus.Queued && i.Status != RegistryImportStatus.Running)
            .ExecuteDeleteAsync(ct);
        var ran = 0;
        while (true)
        {
            var next = await db.RegistryImports.Where(i => i.Status == RegistryImportStatus.Queued)
                .OrderBy(i => i.ConfirmedAt).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct);
            if (next is not { } id)
            {
                return ran;
            }
            var started = clock.GetUtcNow().UtcDateTime;
            var claimed = await db.RegistryImports.Where(i => i.Id == id && i.Status == RegistryImportStatus.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, RegistryImportStatus.Running).SetProperty(i => i.StartedAt, started), ct);
            if (claimed == 1)
            {
                await RunAsync(id, ct);
                ran++;
            }
        }
    }

    private async Task RunAsync(Guid id, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<ZhibaoDb>>();
        RegistryImport import;
        await using (var system = new ZhibaoDb(options))
        {
            import = await system.RegistryImports.AsNoTracking().SingleAsync(i => i.Id == id, ct);
        }
        var definition = scope.ServiceProvider.GetServices<IRegistryImport>().FirstOrDefault(d => d.Registry == import.Registry);
        try
        {
            if (definition is null || import.Content is null)
            {
                throw new ImportFileException("该名录已不支持导入");
            }
            var dataScope = ImportDataScope.Of(import);
            await using var db = new ZhibaoDb(options, dataScope) { SummaryAuditOnly = true };
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            progress.Set(id, 0);
            var pass = await definition.RunAsync(import.Content, new ImportContext(dataScope, clock), db, write: true, null,
                done => progress.Set(id, done), ct);
            var finished = clock.GetUtcNow().UtcDateTime;
            db.OperationLogs.Add(RegistryImports.Summary(import, definition, pass, finished));
            await db.SaveChangesAsync(ct);
            var counts = pass.Counts;
            await db.RegistryImports.Where(i => i.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Status, RegistryImportStatus.Completed).SetProperty(i => i.FinishedAt, finished)
                .SetProperty(i => i.Total, counts.Total).SetProperty(i => i.Valid, counts.Valid).SetProperty(i => i.Invalid, counts.Invalid)
                .SetProperty(i => i.New, counts.New).SetProperty(i => i.Unchanged, counts.Unchanged).SetProperty(i => i.Updated, counts.Updated)
                .SetProperty(i => i.Inserted, pass.Inserted).SetProperty(i => i.Changed, pass.Changed), ct);
            await transaction.CommitAsync(ct);
            log.LogInformation("Registry import {Id} into {Registry}: {Inserted} inserted, {Changed} updated, {Invalid} invalid rows skipped",
                id, import.Registry, pass.Inserted, pass.Changed, counts.Invalid);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogError(e, "Registry import {Id} into {Registry} failed", id, import.Registry);
            var message = e is ImportFileException ? e.Message : $"导入失败，未写入任何数据：{e.GetBaseException().Message}";
            await using var system = new ZhibaoDb(options);
            await system.RegistryImports.Where(i => i.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Status, RegistryImportStatus.Failed).SetProperty(i => i.FinishedAt, clock.GetUtcNow().UtcDateTime)
                .SetProperty(i => i.Error, message.Length > 1000 ? message[..1000] : message), CancellationToken.None);
        }
        finally
        {
            progress.Remove(id);
        }
    }
}
