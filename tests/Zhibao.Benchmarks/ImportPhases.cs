using System.Diagnostics;
using Zhibao.Data;
using Zhibao.Web.Platform.Excel;
using Zhibao.Web.Registries;

namespace Zhibao.Benchmarks;

/// <summary>
/// A quick look at where an import's time goes (not a BenchmarkDotNet run): read the sheet, read and check every row,
/// check and look up, write only, and the whole pipeline. <c>dotnet run -c Release --project tests/Zhibao.Benchmarks -- phases sqlite 100000</c>.
/// </summary>
internal static class ImportPhases
{
    public static async Task RunAsync(DatabaseProvider provider, int count)
    {
        using var database = new ImportDatabase(provider);
        var rows = ImportDatabase.Rows(count);
        var workbook = ImportDatabase.Workbook(rows);
        var definition = new PartyImport();
        Console.WriteLine($"{provider}: {count:N0} rows, workbook {workbook.Length / 1024.0 / 1024:F1} MB");

        Time("read sheet (MiniExcel)", count, () => Task.FromResult(ImportWorkbook.Read(workbook, definition.Headers, definition.Columns.Select(c => c.Required).ToList()).Count()));
        Time("read + check cells (no database)", count, () =>
        {
            var columns = definition.Columns;
            var valid = 0;
            foreach (var sheetRow in ImportWorkbook.Read(workbook, definition.Headers, columns.Select(c => c.Required).ToList()))
            {
                var row = new PartyImportRow();
                var ok = true;
                for (var i = 0; i < columns.Count; i++)
                {
                    ok &= sheetRow.Cells[i] is not { } text || columns[i].Parse(text, row) is null;
                }
                valid += ok ? 1 : 0;
            }
            return Task.FromResult(valid);
        });
        await TimeAsync("read + check + look up (preview)", count, async () =>
        {
            await using var db = database.Context();
            return (await definition.RunAsync(workbook, new ImportContext(SystemDataScope.Instance, TimeProvider.System), db, false, null, null, default)).Counts.New;
        });
        foreach (var perStatement in provider == DatabaseProvider.Sqlite ? [1, 10, 50, 100, 200] : new[] { 1, 1, 1 })
        {
            BulkInsert.SqliteRowsPerStatement = perStatement;
            database.ClearParties();
            await TimeAsync($"write only (BulkInsert, {perStatement} rows per INSERT)", count, async () =>
            {
                await using var db = database.Context();
                await using var transaction = await db.Database.BeginTransactionAsync();
                var inserted = await BulkInsert.InsertAsync(db, "Parties", PartyImport.BulkColumns(DateTime.UtcNow), rows, default);
                await transaction.CommitAsync();
                return inserted;
            });
        }
        for (var run = 0; run < 2; run++)
        {
            database.ClearParties();
            await TimeAsync("whole pipeline (read, check, look up, write)", count, () => PipelineAsync(database, definition, workbook));
        }
        await TimeAsync("whole pipeline again (all rows registered)", count, () => PipelineAsync(database, definition, workbook));
        Console.WriteLine($"parties in the table: {database.CountParties():N0}");
    }

    public static async Task<int> PipelineAsync(ImportDatabase database, IRegistryImport definition, byte[] workbook)
    {
        await using var db = database.Context();
        db.SummaryAuditOnly = true;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var pass = await definition.RunAsync(workbook, new ImportContext(SystemDataScope.Instance, TimeProvider.System), db, true, null, null, default);
        await transaction.CommitAsync();
        return pass.Counts.Total;
    }

    private static void Time(string what, int count, Func<Task<int>> work) => TimeAsync(what, count, work).GetAwaiter().GetResult();

    private static async Task TimeAsync(string what, int count, Func<Task<int>> work)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await work();
        clock.Stop();
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        // CPU time of this process too: on a shared machine the wall time says more about the neighbours than about the code.
        Console.WriteLine($"  {what,-52} {clock.Elapsed.TotalMilliseconds,8:F0} ms {count / clock.Elapsed.TotalSeconds,10:N0} rows/s"
            + $"  | this process's CPU {used.TotalMilliseconds,7:F0} ms {count / used.TotalSeconds,10:N0} rows/CPU-s  (result {result:N0})");
    }
}
