using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Zhibao.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// One DbContext, two providers: each provider keeps its own migration set in its own assembly,
/// because one migration set cannot serve both (STACK.md).
/// </summary>
public static class DatabaseProviderSetup
{
    public const string SqliteMigrationsAssembly = "Zhibao.Data.Sqlite";
    public const string PostgresMigrationsAssembly = "Zhibao.Data.Postgres";

    public static DbContextOptionsBuilder UseZhibaoProvider(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "未知的数据库类型"),
        };

    /// <summary>Creates the folder of a SQLite file so that a fresh clone starts without setup.</summary>
    public static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
