using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Zhibao.Data;
using Zhibao.Web.Platform.Excel;
using Zhibao.Web.Registries;

namespace Zhibao.Benchmarks;

/// <summary>
/// 当事人 import speed (issue 6: ≥ 150,000 rows/s into SQLite, ≥ 200,000 rows/s into PostgreSQL). Each invocation imports
/// 100,000 new enterprises into an emptied, migrated Parties table (its three indexes in place) inside one transaction;
/// the mean is per row (OperationsPerInvoke), so rows/s = 1 s / mean. <see cref="Write"/> is the database write phase
/// (<see cref="BulkInsert"/>); <see cref="Pipeline"/> is what a confirmed import does: read the .xlsx, check every row
/// (GB 32100 check characters, lengths, duplicates), look the keys up, write. PostgreSQL needs ZHIBAO_BENCH_POSTGRES.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
[MemoryDiagnoser]
public class PartyImportBenchmarks : IDisposable
{
    private const int Rows = 100_000;

    private ImportDatabase database = null!;
    private List<PartyImportRow> rows = [];
    private byte[] workbook = [];

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.Postgres)]
    public DatabaseProvider Provider { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        database = new ImportDatabase(Provider);
        rows = ImportDatabase.Rows(Rows);
        workbook = ImportDatabase.Workbook(rows);
    }

    [IterationSetup]
    public void Empty() => database.ClearParties();

    [Benchmark(OperationsPerInvoke = Rows)]
    public async Task<int> Write()
    {
        await using var db = database.Context();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var inserted = await BulkInsert.InsertAsync(db, "Parties", PartyImport.BulkColumns(DateTime.UtcNow), rows, default);
        await transaction.CommitAsync();
        return inserted == Rows ? inserted : throw new InvalidOperationException($"inserted {inserted} of {Rows}");
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public Task<int> Pipeline() => ImportPhases.PipelineAsync(database, new PartyImport(), workbook);

    [GlobalCleanup]
    public void Dispose()
    {
        database?.Dispose();
        GC.SuppressFinalize(this);
    }
}
