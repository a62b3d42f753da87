using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Zhibao.Data;
using Zhibao.Data.Auditing;
using Zhibao.Data.Entities;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests;

/// <summary>The audit interceptor on a long-lived context, as a Blazor circuit holds one.</summary>
public abstract class AuditInterceptorTests(DatabaseProvider provider)
{
    private static ZhibaoDb Open(TestDatabase database, TimeProvider clock)
    {
        var options = new DbContextOptionsBuilder<ZhibaoDb>();
        options.UseZhibaoProvider(database.Provider, database.ConnectionString).AddInterceptors(new AuditInterceptor(clock));
        return new ZhibaoDb(options.Options);
    }

    [Fact]
    public async Task A_stale_save_ends_its_transaction_and_the_next_save_is_still_audited()
    {
        using var database = TestDatabase.Create(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2023, 10, 9, 2, 0, 0, TimeSpan.Zero));
        await using (var setup = Open(database, clock))
        {
            await setup.Database.MigrateAsync();
            setup.Settings.Add(new SystemSetting { Key = "A", Name = "甲", Value = "1" });
            await setup.SaveChangesAsync();
        }

        await using var longLived = Open(database, clock);
        var mine = await longLived.Settings.SingleAsync(s => s.Key == "A");
        await using (var other = Open(database, clock))
        {
            (await other.Settings.SingleAsync(s => s.Key == "A")).Value = "2";
            await other.SaveChangesAsync();
        }

        mine.Value = "3";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => longLived.SaveChangesAsync());
        Assert.Null(longLived.Database.CurrentTransaction);

        // The user refreshes and saves again on the same context: it must work, and be logged.
        await longLived.Entry(mine).ReloadAsync();
        mine.Value = "4";
        await longLived.SaveChangesAsync();

        await using var check = Open(database, clock);
        Assert.Equal("4", (await check.Settings.SingleAsync(s => s.Key == "A")).Value);
        var logs = await check.OperationLogs.Where(l => l.EntityType == nameof(SystemSetting)).OrderBy(l => l.Id).ToListAsync();
        Assert.Equal(["新增", "修改", "修改"], logs.Select(l => l.Action));
        Assert.Contains("\"new\":\"4\"", logs[^1].Changes, StringComparison.Ordinal);
    }
}

public sealed class AuditInterceptorTests_Sqlite() : AuditInterceptorTests(DatabaseProvider.Sqlite);

public sealed class AuditInterceptorTests_Postgres() : AuditInterceptorTests(DatabaseProvider.Postgres);
