using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;
using Zhibao.Data;

namespace Zhibao.Web.Platform.Excel;

/// <summary>How a column's values are sent; the value function returns the CLR type named (or null).</summary>
public enum BulkType
{
    /// <summary>string.</summary>
    Text,
    /// <summary>int.</summary>
    WholeNumber,
    /// <summary>DateOnly.</summary>
    Date,
    /// <summary>DateTime, UTC.</summary>
    Instant,
    /// <summary>bool.</summary>
    Bool,
    /// <summary>decimal.</summary>
    Numeric,
}

/// <summary>A column of a bulk insert: its name in the table, its type, how to read it from a row.</summary>
public sealed record BulkColumn<T>(string Name, BulkType Type, Func<T, object?> Value);

/// <summary>
/// Inserts many rows at once inside the caller's EF transaction, bypassing change tracking (STACK.md: ~15× faster):
/// SQLite — a prepared multi-row <c>INSERT … ON CONFLICT DO NOTHING</c> reused for every batch, bound by position;
/// PostgreSQL — binary COPY (<see cref="NpgsqlBinaryImporter"/>) straight into the table under a savepoint, and when a
/// concurrent writer registered one of the keys meanwhile, COPY into a temporary table and
/// <c>INSERT … SELECT … ON CONFLICT DO NOTHING</c>. Rows hitting a unique index are skipped, never an error; the
/// result is the number inserted. No operation-log rows are written: the import writes its summary (ADR 0009).
/// </summary>
public static class BulkInsert
{
    /// <summary>Rows per SQLite INSERT statement (× columns parameters, far below SQLite's 32,766); see docs/benchmarks.md.</summary>
    public static int SqliteRowsPerStatement { get; set; } = 200;

    public static async Task<int> InsertAsync<T>(ZhibaoDb db, string table, IReadOnlyList<BulkColumn<T>> columns, IReadOnlyList<T> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return 0;
        }
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside the import's transaction.");
        return db.Database.GetDbConnection() switch
        {
            SqliteConnection sqlite => await SqliteAsync(sqlite, table, columns, rows, ct),
            NpgsqlConnection npgsql => await PostgresAsync(npgsql, (NpgsqlTransaction)transaction, table, columns, rows, ct),
            var other => throw new NotSupportedException($"Bulk insert into {other.GetType().Name}"),
        };
    }

    private static string Quote(string name) => $"\"{name}\"";

    private static string ColumnList<T>(IReadOnlyList<BulkColumn<T>> columns) => string.Join(", ", columns.Select(c => Quote(c.Name)));

    private static Task<int> SqliteAsync<T>(SqliteConnection connection, string table, IReadOnlyList<BulkColumn<T>> columns, IReadOnlyList<T> rows,
        CancellationToken ct)
    {
        // Straight to SQLite's C API on the connection (and so the transaction) EF opened: parameters bound by position.
        // ADO.NET binds by name, and SQLite looks a name up by scanning all of the statement's parameters, which made
        // multi-row statements quadratic; its per-call overhead also cost more than the insert itself.
        var db = connection.Handle!;
        var inserted = 0;
        var offset = 0;
        if (rows.Count >= SqliteRowsPerStatement)
        {
            using var full = Prepare(db, table, columns, SqliteRowsPerStatement);
            for (; offset + SqliteRowsPerStatement <= rows.Count; offset += SqliteRowsPerStatement)
            {
                ct.ThrowIfCancellationRequested();
                inserted += Step(db, full, columns, rows, offset, SqliteRowsPerStatement);
            }
        }
        if (offset < rows.Count)
        {
            using var rest = Prepare(db, table, columns, rows.Count - offset);
            inserted += Step(db, rest, columns, rows, offset, rows.Count - offset);
        }
        return Task.FromResult(inserted);
    }

    private static sqlite3_stmt Prepare<T>(sqlite3 db, string table, IReadOnlyList<BulkColumn<T>> columns, int rowCount)
    {
        var row = "(" + string.Join(", ", Enumerable.Repeat("?", columns.Count)) + ")";
        var sql = $"INSERT INTO {Quote(table)} ({ColumnList(columns)}) VALUES {string.Join(", ", Enumerable.Repeat(row, rowCount))} ON CONFLICT DO NOTHING";
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        return statement;
    }

    /// <summary>Binds <paramref name="count"/> rows from <paramref name="offset"/>, runs the statement once, returns the rows inserted.</summary>
    private static int Step<T>(sqlite3 db, sqlite3_stmt statement, IReadOnlyList<BulkColumn<T>> columns, IReadOnlyList<T> rows, int offset, int count)
    {
        var index = 1;
        for (var r = offset; r < offset + count; r++)
        {
            var row = rows[r];
            foreach (var column in columns)
            {
                Check(db, Bind(statement, index++, column.Type, column.Value(row)));
            }
        }
        var done = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (done != raw.SQLITE_DONE)
        {
            Check(db, done);
        }
        return raw.sqlite3_changes(db);
    }

    /// <summary>Values in the forms EF Core's SQLite provider writes and reads: dates 'yyyy-MM-dd', instants
    /// 'yyyy-MM-dd HH:mm:ss.FFFFFFF', booleans 0/1, decimals as invariant text.</summary>
    private static int Bind(sqlite3_stmt statement, int index, BulkType type, object? value) => value is null
        ? raw.sqlite3_bind_null(statement, index)
        : type switch
        {
            BulkType.Text => raw.sqlite3_bind_text(statement, index, (string)value),
            BulkType.WholeNumber => raw.sqlite3_bind_int(statement, index, (int)value),
            BulkType.Date => raw.sqlite3_bind_text(statement, index, ((DateOnly)value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            BulkType.Instant => raw.sqlite3_bind_text(statement, index, ((DateTime)value).ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)),
            BulkType.Bool => raw.sqlite3_bind_int(statement, index, (bool)value ? 1 : 0),
            BulkType.Numeric => raw.sqlite3_bind_text(statement, index, ((decimal)value).ToString(CultureInfo.InvariantCulture)),
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };

    private static void Check(sqlite3 db, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), result);
        }
    }

    private static async Task<int> PostgresAsync<T>(NpgsqlConnection connection, NpgsqlTransaction transaction, string table,
        IReadOnlyList<BulkColumn<T>> columns, IReadOnlyList<T> rows, CancellationToken ct)
    {
        const string savepoint = "bulk_insert";
        await transaction.SaveAsync(savepoint, ct);
        try
        {
            await CopyAsync(connection, Quote(table), columns, rows, ct);
            await transaction.ReleaseAsync(savepoint, ct);
            return rows.Count;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Someone registered one of these keys after the rows were sorted: skip those, keep the rest.
            await transaction.RollbackAsync(savepoint, ct);
        }
        var stage = $"bulk_stage_{table.ToLowerInvariant()}";
        await ExecuteAsync(connection, transaction,
            $"CREATE TEMP TABLE IF NOT EXISTS {stage} ON COMMIT DROP AS SELECT {ColumnList(columns)} FROM {Quote(table)} WITH NO DATA; TRUNCATE {stage}", ct);
        await CopyAsync(connection, stage, columns, rows, ct);
        return await ExecuteAsync(connection, transaction,
            $"INSERT INTO {Quote(table)} ({ColumnList(columns)}) SELECT {ColumnList(columns)} FROM {stage} ON CONFLICT DO NOTHING", ct);
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct)
    {
#pragma warning disable CA2100 // table and column names are the registry's constants
        await using var command = new NpgsqlCommand(sql, connection, transaction);
#pragma warning restore CA2100
        return await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string target, IReadOnlyList<BulkColumn<T>> columns, IReadOnlyList<T> rows,
        CancellationToken ct)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {target} ({ColumnList(columns)}) FROM STDIN (FORMAT BINARY)", ct);
        // Synchronous writes into the importer's buffer: an await per value costs more than the COPY itself.
        foreach (var row in rows)
        {
            importer.StartRow();
            foreach (var column in columns)
            {
                Write(importer, column.Type, column.Value(row));
            }
        }
        await importer.CompleteAsync(ct);
    }

    private static void Write(NpgsqlBinaryImporter importer, BulkType type, object? value)
    {
        switch (value is null ? (BulkType?)null : type)
        {
            case null: importer.WriteNull(); break;
            case BulkType.Text: importer.Write((string)value!, NpgsqlDbType.Text); break;
            case BulkType.WholeNumber: importer.Write((int)value!, NpgsqlDbType.Integer); break;
            case BulkType.Date: importer.Write((DateOnly)value!, NpgsqlDbType.Date); break;
            case BulkType.Instant: importer.Write((DateTime)value!, NpgsqlDbType.TimestampTz); break;
            case BulkType.Bool: importer.Write((bool)value!, NpgsqlDbType.Boolean); break;
            case BulkType.Numeric: importer.Write((decimal)value!, NpgsqlDbType.Numeric); break;
            default: throw new ArgumentOutOfRangeException(nameof(type));
        }
    }
}
