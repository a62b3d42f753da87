using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data.Entities;
using Zhibao.Domain.Calendar;

namespace Zhibao.Data.Seeding;

/// <summary>
/// Fills an empty database: reference data always, the demo organisation and users in demo mode.
/// Each part checks what is there first, so a restart never duplicates or overwrites staff edits.
/// </summary>
public sealed class DatabaseSeeder(ZhibaoDb db, UserManager<User> users, RoleManager<Role> roles, TimeProvider clock)
{
    public const string RootUnitCode = "BC";

    public async Task SeedAsync(SeedOptions options, CancellationToken ct = default)
    {
        var root = await SeedOrganisationAsync(options, ct);
        await SeedRolesAsync();
        await SeedDictionariesAsync(ct);
        await SeedSettingsAsync(ct);
        await SeedCalendarAsync(ct);
        await SeedAdministratorAsync(options, root);
        if (options.Demo)
        {
            await SeedDemoUsersAsync(ct);
            await SeedDemoOfficersAsync(ct);
            await SeedDemoPlanAsync(root, ct);
        }
    }

    private async Task<OrgUnit> SeedOrganisationAsync(SeedOptions options, CancellationToken ct)
    {
        var root = await db.OrgUnits.FirstOrDefaultAsync(u => u.Code == RootUnitCode, ct);
        if (root is null)
        {
            root = new OrgUnit { Code = RootUnitCode, Name = options.BureauName, Kind = OrgUnitKind.Bureau };
            db.OrgUnits.Add(root);
            await db.SaveChangesAsync(ct);
            root.Path = $"/{root.Id}/";
            await db.SaveChangesAsync(ct);
        }
        if (!options.Demo || await db.OrgUnits.CountAsync(ct) > 1)
        {
            return root;
        }

        var order = 0;
        foreach (var (code, name, kind) in DemoOrganisation.BureauUnits)
        {
            await AddUnitAsync(code, name, kind, root, ++order, ct);
        }
        foreach (var (code, name) in DemoOrganisation.ExternalUnits)
        {
            await AddUnitAsync(code, name, OrgUnitKind.External, null, ++order, ct);
        }
        return root;
    }

    private async Task AddUnitAsync(string code, string name, OrgUnitKind kind, OrgUnit? parent, int order, CancellationToken ct)
    {
        var unit = new OrgUnit { Code = code, Name = name, Kind = kind, ParentId = parent?.Id, SortOrder = order };
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync(ct);
        unit.Path = $"{parent?.Path ?? "/"}{unit.Id}/";
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedRolesAsync()
    {
        var order = 0;
        foreach (var (name, description, scope, permissions) in ReferenceData.Roles)
        {
            order++;
            if (await roles.FindByNameAsync(name) is not null)
            {
                continue;
            }
            var role = new Role { Name = name, Description = description, DataScope = scope, IsBuiltIn = true, SortOrder = order };
            Check(await roles.CreateAsync(role));
            foreach (var permission in permissions)
            {
                Check(await roles.AddClaimAsync(role, new Claim(Permissions.ClaimType, permission)));
            }
        }
    }

    private async Task SeedDictionariesAsync(CancellationToken ct)
    {
        foreach (var (code, name, labels) in ReferenceData.Dictionaries)
        {
            if (await db.DictionaryTypes.AnyAsync(t => t.Code == code, ct))
            {
                continue;
            }
            db.DictionaryTypes.Add(new DictionaryType
            {
                Code = code,
                Name = name,
                Items = labels.Select((label, i) => new DictionaryItem { Value = $"{i + 1:D2}", Label = label, SortOrder = i + 1 }).ToList(),
            });
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedSettingsAsync(CancellationToken ct)
    {
        var existing = await db.Settings.Select(s => s.Key).ToListAsync(ct);
        foreach (var setting in ReferenceData.Settings.Where(s => !existing.Contains(s.Key)))
        {
            db.Settings.Add(new SystemSetting
            {
                Key = setting.Key, Name = setting.Name, Value = setting.Value,
                ValueType = setting.ValueType, Description = setting.Description,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Ships the State Council arrangements of cn-holidays.tsv as the initial calendar.</summary>
    private async Task SeedCalendarAsync(CancellationToken ct)
    {
        if (await db.CalendarYears.AnyAsync(ct))
        {
            return;
        }
        var parsed = HolidayTsv.Parse(ReadShippedHolidays());
        if (parsed.Errors.Count > 0)
        {
            throw new InvalidOperationException("内置节假日数据有误：" + string.Join("；", parsed.Errors));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.CalendarDays.AddRange(parsed.Entries.Select(e => new CalendarDayRecord { Date = e.Date, Kind = e.Kind, Name = e.Name }));
        db.CalendarYears.AddRange(HolidayTsv.YearsCovered(parsed.Entries)
            .Select(y => new CalendarYear { Year = y, LoadedAt = now, LoadedBy = "系统", Source = "国务院办公厅节假日安排通知（内置）" }));
        await db.SaveChangesAsync(ct);
    }

    public static string ReadShippedHolidays()
    {
        using var stream = typeof(DatabaseSeeder).Assembly.GetManifestResourceStream("Zhibao.Data.cn-holidays.tsv")
            ?? throw new InvalidOperationException("缺少内置节假日数据 cn-holidays.tsv");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private async Task SeedAdministratorAsync(SeedOptions options, OrgUnit root)
    {
        if (await users.FindByNameAsync(SeedOptions.AdminUserName) is not null)
        {
            return;
        }
        await CreateUserAsync(SeedOptions.AdminUserName, "系统管理员", root.Id, [BuiltInRoles.Administrator], options.AdminPassword);
    }

    private async Task SeedDemoUsersAsync(CancellationToken ct)
    {
        var units = await db.OrgUnits.ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        foreach (var (userName, displayName, unitCode, roleNames) in DemoOrganisation.Users)
        {
            if (await users.FindByNameAsync(userName) is null)
            {
                await CreateUserAsync(userName, displayName, units[unitCode], roleNames, SeedOptions.DemoPassword);
            }
        }
    }

    /// <summary>An officer record for each demo user who handles cases, so cases can be filed at once.</summary>
    private async Task SeedDemoOfficersAsync(CancellationToken ct)
    {
        if (await db.Officers.AnyAsync(ct))
        {
            return;
        }
        foreach (var (userName, certificate, validTo, ipQualifiedOn) in DemoOrganisation.Officers)
        {
            var user = await db.Users.SingleAsync(u => u.UserName == userName, ct);
            db.Officers.Add(new Officer
            {
                Name = user.DisplayName, OrgUnitId = user.OrgUnitId, UserId = user.Id, CertificateNumber = certificate,
                CertificateIssuer = "天津市人民政府", CertificateValidFrom = new DateOnly(2021, 1, 1), CertificateValidTo = validTo,
                IpQualifiedOn = ipQualifiedOn,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The 2023 plan of the seed document (DemoPlan2023), published, for the root bureau — once: a plan for that bureau and
    /// year already there (seeded before, or entered by staff) is left alone.
    /// </summary>
    private async Task SeedDemoPlanAsync(OrgUnit root, CancellationToken ct)
    {
        if (await db.Plans.IgnoreQueryFilters().AnyAsync(p => p.OrgUnitId == root.Id && p.Year == DemoPlan2023.Year, ct))
        {
            return;
        }
        var units = await db.OrgUnits.ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        var people = await db.Users.IgnoreQueryFilters().Where(u => u.UserName != null).ToDictionaryAsync(u => u.UserName!, u => u.Id, ct);
        db.Plans.Add(DemoPlan2023.Build(root.Id, units, people, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
    }

    private async Task CreateUserAsync(string userName, string displayName, int unitId, string[] roleNames, string password)
    {
        var user = new User { UserName = userName, DisplayName = displayName, OrgUnitId = unitId, CreatedAt = clock.GetUtcNow().UtcDateTime };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRolesAsync(user, roleNames));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("初始化数据失败：" + string.Join("；", result.Errors.Select(e => e.Description)));
        }
    }
}
