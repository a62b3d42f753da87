using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Statistics;
using Zhibao.DataGen;

// Generates realistic penalty cases into an existing, migrated and seeded Zhibao database (start the app once first).
//   dotnet run --project tools/Zhibao.DataGen -c Release -- --provider sqlite|postgres --connection "..." --cases 1000000
var args2 = ParseArgs(args);
if (args2 is null)
{
    Console.Error.WriteLine("""
        usage: Zhibao.DataGen --provider sqlite|postgres --connection "<connection string>" --cases N
                              [--batch 20000] [--seed 20231] [--today yyyy-MM-dd] [--no-analyze] [--no-reminders]
               Zhibao.DataGen --provider sqlite|postgres --connection "<connection string>" --statistics-only
          Inserts N penalty cases (with parties, rights, officers, history, approvals and deadlines) into a database the app
          has already migrated and seeded with the demo organisation. SQLite: prepared INSERTs, one transaction per batch;
          PostgreSQL: binary COPY. --no-analyze skips ANALYZE (SQLite) / VACUUM ANALYZE (PostgreSQL) at the end;
          --no-reminders skips the 站内信 the app's reminder job would already have sent for current deadlines.
          The statistics tables (CaseMonthStats, CaseDayStats; ADR 0008) are recomputed from all cases at the end, as the
          bulk load bypasses the app's save path; --statistics-only does only that.
        """);
    return 2;
}
var (provider, connection, cases, batch, seed, today, analyze, reminders, statisticsOnly) = args2.Value;
var sw = Stopwatch.StartNew();
if (statisticsOnly)
{
    await RebuildStatisticsAsync(provider, connection);
    return 0;
}
using var db = BulkTarget.Open(provider, connection);
var reference = Reference.Load(db);
Console.WriteLine($"{provider}: {reference.Units.Count} units, {reference.Officers.Count} officers, calendar years {string.Join(",", reference.Calendar.LoadedYears.Order())}, "
    + $"today {today:yyyy-MM-dd}; existing cases up to id {reference.MaxIds["Cases"]}");
var generator = new Generator(db, reference, new GeneratorOptions(cases, batch, seed, today, analyze, reminders));
generator.Run();
Console.WriteLine($"done in {sw.Elapsed.TotalSeconds:F1} s; generated case ids {generator.FirstCaseId}–{generator.LastCaseId}");
await RebuildStatisticsAsync(provider, connection);
return 0;

static async Task RebuildStatisticsAsync(string provider, string connection)
{
    var sw = Stopwatch.StartNew();
    var kind = provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;
    var builder = new DbContextOptionsBuilder<ZhibaoDb>();
    builder.UseZhibaoProvider(kind, connection);
    var options = builder.Options;
    await using var db = new ZhibaoDb(options);
    db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
    var months = await CaseStatistics.RebuildAsync(db);
    Console.WriteLine($"statistics tables recomputed: {months:N0} unit-months in {sw.Elapsed.TotalSeconds:F1} s");
}

static (string Provider, string Connection, int Cases, int Batch, ulong Seed, DateOnly Today, bool Analyze, bool Reminders, bool StatisticsOnly)? ParseArgs(string[] args)
{
    string? provider = null, connection = null;
    int cases = 0, batch = 20_000;
    ulong seed = 20231;
    // Legal dates are China time (UTC+8), like the app's clock.
    var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    var analyze = true;
    var reminders = true;
    var statisticsOnly = false;
    for (var i = 0; i < args.Length; i++)
    {
        string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
        switch (args[i])
        {
            case "--provider": provider = Next(); break;
            case "--connection": connection = Next(); break;
            case "--cases": cases = int.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--batch": batch = int.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--seed": seed = ulong.Parse(Next(), CultureInfo.InvariantCulture); break;
            case "--today": today = DateOnly.ParseExact(Next(), "yyyy-MM-dd", CultureInfo.InvariantCulture); break;
            case "--no-analyze": analyze = false; break;
            case "--no-reminders": reminders = false; break;
            case "--statistics-only": statisticsOnly = true; break;
            default: return null;
        }
    }
    return provider is null || connection is null || (cases <= 0 && !statisticsOnly) || batch <= 0
        ? null : (provider, connection, cases, batch, seed, today, analyze, reminders, statisticsOnly);
}
