namespace Zhibao.Data.Seeding;

/// <summary>What the first start puts into an empty database.</summary>
public sealed class SeedOptions
{
    /// <summary>Demo mode seeds the 北辰区 organisation and one user per role, all with <see cref="DemoPassword"/>.</summary>
    public bool Demo { get; init; }

    /// <summary>The first administrator's password; in demo mode the demo password.</summary>
    public required string AdminPassword { get; init; }

    public string BureauName { get; init; } = "天津市北辰区市场监督管理局";

    public const string DemoPassword = "Zhibao#2023";
    public const string AdminUserName = "admin";
}
