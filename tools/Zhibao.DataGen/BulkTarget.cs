using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Zhibao.DataGen;

/// <summary>One table's insert: the column names in the order the row writer receives them.</summary>
internal sealed record TableSpec(string Name, params string[] Columns);

/// <summary>
/// Writes rows column by column in the table's order. SQLite: one prepared INSERT executed per row inside the batch
/// transaction; PostgreSQL: binary COPY (<see cref="NpgsqlBinaryImporter"/>). The values are typed as EF stores them.
/// </summary>
internal interface IRowWriter : IDisposable
{
    void Begin();
    void End();
    void Int(int value);
    void IntN(int? value);
    void Long(long value);
    void Text(string? value);
    void Date(DateOnly? value);
    void Instant(DateTime? value);
    void Bool(bool value);
    void Money(decimal? value);
    void Complete();
}

/// <summary>A database the generator writes to: reference reads, batches in transactions, bulk row writers.</summary>
internal abstract class BulkTarget : IDisposable
{
    public abstract DbConnection Connection { get; }
    protected DbTransaction? Transaction { get; set; }

    public static BulkTarget Open(string provider, string connection) => provider.ToLowerInvariant() switch
    {
        "sqlite" => new SqliteTarget(connection),
        "postgres" or "postgresql" => new PostgresTarget(connection),
        _ => throw new ArgumentException($"unknown provider '{provider}': use sqlite or postgres"),
    };

    public void BeginBatch() => Transaction = Connection.BeginTransaction();

    public void CommitBatch()
    {
        Transaction!.Commit();
        Transaction.Dispose();
        Transaction = null;
    }

    public abstract IRowWriter Writer(TableSpec table);

    /// <summary>After the load: identity sequences, statistics.</summary>
    public abstract void Finish(IEnumerable<string> tables, bool analyze);

    public DbCommand Command(string sql)
    {
        var command = Connection.CreateCommand();
#pragma warning disable CA2100 // the generator's own SQL text, no user input
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Transaction = Transaction;
        command.CommandTimeout = 0;
        return command;
    }

    public int Execute(string sql)
    {
        using var command = Command(sql);
        return command.ExecuteNonQuery();
    }

    public T Scalar<T>(string sql)
    {
        using var command = Command(sql);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        Transaction?.Dispose();
        Connection.Dispose();
    }
}

internal sealed class SqliteTarget : BulkTarget
{
    private readonly SqliteConnection connection;
    private readonly Dictionary<string, SqliteCommand> prepared = [];

    public SqliteTarget(string connectionString)
    {
        connection = new SqliteConnection(connectionString);
        connection.Open();
        // A bulk load: no rollback journal and no syncs (a crash means generating again into a fresh copy), a large page
        // cache for the indexes. The app's WAL mode is restored at the end.
        Execute("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-1048576;");
    }

    public override DbConnection Connection => connection;

    public override IRowWriter Writer(TableSpec table)
    {
        if (!prepared.TryGetValue(table.Name, out var command))
        {
            command = connection.CreateCommand();
#pragma warning disable CA2100 // table and column names are the generator's constants
            command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c}\""))}) "
                + $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";
#pragma warning restore CA2100
            for (var i = 0; i < table.Columns.Length; i++)
            {
                command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            }
            prepared[table.Name] = command;
        }
        command.Transaction = (SqliteTransaction?)Transaction;
        command.Prepare();
        return new SqliteRowWriter(command);
    }

    public override void Finish(IEnumerable<string> tables, bool analyze)
    {
        foreach (var command in prepared.Values)
        {
            command.Dispose();
        }
        prepared.Clear();
        if (analyze)
        {
            Execute("ANALYZE;");
        }
        Execute("PRAGMA journal_mode=WAL;");
    }

    /// <summary>Values as EF Core's SQLite provider stores them: DateOnly 'yyyy-MM-dd', DateTime 'yyyy-MM-dd HH:mm:ss.FFFFFFF'
    /// (UTC), decimal as TEXT, bool 0/1 (Microsoft.Data.Sqlite's own conversions, the ones EF uses).</summary>
    private sealed class SqliteRowWriter(SqliteCommand command) : IRowWriter
    {
        private readonly SqliteParameterCollection parameters = command.Parameters;
        private int index;

        public void Begin() => index = 0;

        public void End() => command.ExecuteNonQuery();

        private void Set(object? value) => parameters[index++].Value = value ?? DBNull.Value;

        public void Int(int value) => Set(value);
        public void IntN(int? value) => Set(value);
        public void Long(long value) => Set(value);
        public void Text(string? value) => Set(value);
        public void Date(DateOnly? value) => Set(value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        public void Instant(DateTime? value) => Set(value?.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
        public void Bool(bool value) => Set(value ? 1 : 0);
        public void Money(decimal? value) => Set(value);

        public void Complete()
        {
        }

        public void Dispose()
        {
        }
    }
}

internal sealed class PostgresTarget : BulkTarget
{
    private readonly NpgsqlConnection connection;

    public PostgresTarget(string connectionString)
    {
        // No command timeout: a COPY of a batch waits for the server's triggers and index updates, and VACUUM over
        // millions of rows takes minutes on a busy machine; Npgsql's default 30 s would abort the load half-way.
        connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        connection.Open();
        Execute("SET synchronous_commit = off;");
    }

    public override DbConnection Connection => connection;

    public override IRowWriter Writer(TableSpec table) =>
        new CopyRowWriter(connection.BeginBinaryImport(
            $"COPY \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)"));

    public override void Finish(IEnumerable<string> tables, bool analyze)
    {
        foreach (var table in tables)
        {
            // Explicit ids were copied in: move each identity past them so the app's next insert does not collide.
            Execute($"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT MAX(\"Id\") FROM \"{table}\"));");
        }
        if (analyze)
        {
            // What autovacuum does after a bulk load: statistics, and the visibility map index-only scans need.
            foreach (var table in tables)
            {
                Execute($"VACUUM (ANALYZE) \"{table}\";");
            }
        }
    }

    private sealed class CopyRowWriter(NpgsqlBinaryImporter importer) : IRowWriter
    {
        public void Begin() => importer.StartRow();

        public void End()
        {
        }

        public void Int(int value) => importer.Write(value, NpgsqlTypes.NpgsqlDbType.Integer);
        public void IntN(int? value) => Nullable(value, NpgsqlTypes.NpgsqlDbType.Integer);
        public void Long(long value) => importer.Write(value, NpgsqlTypes.NpgsqlDbType.Bigint);
        public void Text(string? value) => Reference(value, NpgsqlTypes.NpgsqlDbType.Text);
        public void Date(DateOnly? value) => Nullable(value, NpgsqlTypes.NpgsqlDbType.Date);
        public void Instant(DateTime? value) => Nullable(value, NpgsqlTypes.NpgsqlDbType.TimestampTz);
        public void Bool(bool value) => importer.Write(value, NpgsqlTypes.NpgsqlDbType.Boolean);
        public void Money(decimal? value) => Nullable(value, NpgsqlTypes.NpgsqlDbType.Numeric);

        private void Nullable<T>(T? value, NpgsqlTypes.NpgsqlDbType type) where T : struct
        {
            if (value is { } v)
            {
                importer.Write(v, type);
            }
            else
            {
                importer.WriteNull();
            }
        }

        private void Reference(string? value, NpgsqlTypes.NpgsqlDbType type)
        {
            if (value is null)
            {
                importer.WriteNull();
            }
            else
            {
                importer.Write(value, type);
            }
        }

        public void Complete() => importer.Complete();

        public void Dispose() => importer.Dispose();
    }
}
