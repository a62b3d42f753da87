using System.ComponentModel.DataAnnotations;
using Zhibao.Data;

using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Platform.Database;

/// <summary>Section "Database". The connection string is ConnectionStrings:Zhibao.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start (default). Off when a deployment runs `--migrate` separately.</summary>
    public bool MigrateOnStart { get; set; } = true;
}

/// <summary>Section "Seed": what an empty database starts with.</summary>
public sealed class SeedSettings : IValidatableObject
{
    public const string Section = "Seed";

    /// <summary>Demo data and demo passwords. Defaults to on for SQLite (the zero-setup run) and off for PostgreSQL.</summary>
    public bool? Demo { get; set; }

    /// <summary>The first administrator's password, required outside demo mode (Seed__AdminPassword).</summary>
    public string? AdminPassword { get; set; }

    public string BureauName { get; set; } = "天津市北辰区市场监督管理局";

    /// <summary>Filled in from the provider before validation.</summary>
    internal DatabaseProvider Provider { get; set; }

    public bool IsDemo => Demo ?? Provider == DatabaseProvider.Sqlite;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsDemo)
        {
            yield break;
        }
        if (string.IsNullOrWhiteSpace(AdminPassword))
        {
            yield return new ValidationResult(
                "非演示模式必须通过配置项 Seed:AdminPassword（环境变量 Seed__AdminPassword）设置首个管理员密码。",
                [nameof(AdminPassword)]);
        }
        else if (PasswordStrength.WhyWeak(AdminPassword) is { } reason)
        {
            yield return new ValidationResult($"配置项 Seed:AdminPassword 的密码强度不足：{reason}", [nameof(AdminPassword)]);
        }
    }
}
