using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Npgsql;
using Zhibao.Data;
using Zhibao.Domain.Identifiers;
using Zhibao.Web.Registries;

namespace Zhibao.Benchmarks;

/// <summary>
/// A fresh, migrated database for the import benchmarks: a SQLite file in the temp folder, or a new PostgreSQL database
/// on the server named by ZHIBAO_BENCH_POSTGRES (or ZHIBAO_TEST_POSTGRES), dropped afterwards.
/// </summary>
internal sealed class ImportDatabase : IDisposable
{
    private readonly string? folder;
    private readonly string? admin;
    private readonly string? name;

    public DatabaseProvider Provider { get; }
    public DbContextOptions<ZhibaoDb> Options { get; }

    public ImportDatabase(DatabaseProvider provider)
    {
        Provider = provider;
        string connection;
        if (provider == DatabaseProvider.Sqlite)
        {
            folder = Path.Combine(Path.GetTempPath(), "zhibao-bench", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            connection = $"Data Source={Path.Combine(folder, "zhibao.db")}";
        }
        else
        {
            admin = Environment.GetEnvironmentVariable("ZHIBAO_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("ZHIBAO_TEST_POSTGRES")
                ?? throw new InvalidOperationException("Set ZHIBAO_BENCH_POSTGRES to a PostgreSQL connection string (a server on 127.0.0.1).");
            name = "zhibao_bench_" + Guid.NewGuid().ToString("N")[..12];
            using (var c = new NpgsqlConnection(admin))
            {
                c.Open();
                using var create = new NpgsqlCommand($"CREATE DATABASE {name}", c);
                create.ExecuteNonQuery();
            }
            connection = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        }
        var builder = new DbContextOptionsBuilder<ZhibaoDb>();
        builder.UseZhibaoProvider(provider, connection);
        Options = builder.Options;
        using var db = Context();
        db.Database.Migrate();
        if (provider == DatabaseProvider.Sqlite)
        {
            // The app's own SQLite settings (WAL) apply to the file once migrated.
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        }
    }

    public ZhibaoDb Context(IDataScope? scope = null) => new(Options, scope);

    /// <summary>Empties the parties table between iterations, so every iteration inserts the same rows anew.</summary>
    public void ClearParties()
    {
        using var db = Context();
        db.Database.ExecuteSqlRaw(Provider == DatabaseProvider.Sqlite ? "DELETE FROM \"Parties\"" : "TRUNCATE \"Parties\" CASCADE");
        if (Provider == DatabaseProvider.Sqlite)
        {
            db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE);");
        }
    }

    public int CountParties()
    {
        using var db = Context();
        return db.Parties.Count();
    }

    /// <summary>Valid enterprises with distinct 统一社会信用代码, all columns filled as a registry export would.</summary>
    public static List<PartyImportRow> Rows(int count) => Enumerable.Range(0, count).Select(i =>
    {
        var first17 = $"91120113MA{i:D7}";
        return new PartyImportRow
        {
            Kind = Zhibao.Data.Entities.PartyKind.Enterprise, Name = $"天津市北辰区基准测试商贸有限公司{i}",
            UnifiedSocialCreditCode = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17), LegalRepresentative = "张三",
            Address = $"天津市北辰区北仓镇示例路{i}号", Phone = "022-26391234", Industry = "批发和零售业",
        };
    }).ToList();

    /// <summary>The same rows as the import template's sheet.</summary>
    public static byte[] Workbook(IEnumerable<PartyImportRow> rows)
    {
        var table = rows.Select(r => new Dictionary<string, object?>
        {
            ["类型"] = "企业", ["名称/姓名"] = r.Name, ["统一社会信用代码"] = r.UnifiedSocialCreditCode, ["居民身份证号码"] = null,
            ["法定代表人"] = r.LegalRepresentative, ["地址"] = r.Address, ["联系电话"] = r.Phone, ["所属行业"] = r.Industry,
        });
        using var stream = new MemoryStream();
        stream.SaveAs(table, sheetName: "导入数据");
        return stream.ToArray();
    }

    public void Dispose()
    {
        if (folder is not null)
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { /* temp files */ }
        }
        if (admin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var c = new NpgsqlConnection(admin);
            c.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", c);
            drop.ExecuteNonQuery();
        }
    }
}
