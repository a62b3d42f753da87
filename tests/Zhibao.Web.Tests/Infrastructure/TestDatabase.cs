using Npgsql;
using Zhibao.Data;

namespace Zhibao.Web.Tests.Infrastructure;

/// <summary>A fresh, empty database of one provider for one test class: a SQLite file or a new PostgreSQL database.</summary>
public sealed class TestDatabase : IDisposable
{
    private const string PostgresVariable = "ZHIBAO_TEST_POSTGRES";
    private readonly string? folder;
    private readonly string? postgresAdmin;
    private readonly string? postgresName;

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    private TestDatabase(DatabaseProvider provider, string connectionString, string? folder, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.folder = folder;
        this.postgresAdmin = postgresAdmin;
        this.postgresName = postgresName;
    }

    public static TestDatabase Create(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => CreateSqlite(),
        DatabaseProvider.Postgres => CreatePostgres(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    private static TestDatabase CreateSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "zhibao-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "zhibao.db")}", folder, null, null);
    }

    private static TestDatabase CreatePostgres()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            throw new InvalidOperationException(
                $"PostgreSQL tests need {PostgresVariable} (a connection string to a throwaway server on 127.0.0.1). Run ./test.sh, which starts one.");
        }
        var name = "zhibao_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(DatabaseProvider.Postgres, builder.ConnectionString, null, admin, name);
    }

    public void Dispose()
    {
        if (folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* best effort on temp files */ }
        }
        if (postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(postgresAdmin);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE)", connection);
            command.ExecuteNonQuery();
        }
    }
}
