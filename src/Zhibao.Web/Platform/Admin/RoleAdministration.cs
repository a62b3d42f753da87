using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Platform.Admin;

public sealed record RoleRow(int Id, string Name, string? Description, DataScopeKind DataScope, bool IsBuiltIn, IReadOnlyList<string> Permissions, int UserCount, int Version);

public sealed record RoleInput(
    [property: Required(ErrorMessage = "请输入角色名称"), StringLength(50, ErrorMessage = "角色名称不超过50个字符")] string? Name,
    [property: StringLength(200, ErrorMessage = "说明不超过200个字符")] string? Description,
    DataScopeKind DataScope,
    IReadOnlyList<string>? Permissions,
    int Version);

/// <summary>角色与权限: permission codes are role claims; the data scope says how far the role sees.</summary>
public sealed class RoleAdministration(IDbContextFactory<ZhibaoDb> factory)
{
    public static string ScopeName(DataScopeKind scope) => scope switch
    {
        DataScopeKind.All => "全部数据",
        DataScopeKind.UnitAndBelow => "本单位及以下",
        DataScopeKind.UnitOnly => "仅本单位",
        _ => scope.ToString(),
    };

    public async Task<List<RoleRow>> ListAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var roles = await db.Roles.AsNoTracking().OrderBy(r => r.SortOrder).ThenBy(r => r.Id).ToListAsync(ct);
        var claims = await db.RoleClaims.AsNoTracking().Where(c => c.ClaimType == Permissions.ClaimType).ToListAsync(ct);
        var counts = await db.UserRoles.GroupBy(ur => ur.RoleId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return roles.Select(r => new RoleRow(r.Id, r.Name!, r.Description, r.DataScope, r.IsBuiltIn,
            claims.Where(c => c.RoleId == r.Id).Select(c => c.ClaimValue!).Order().ToList(), counts.GetValueOrDefault(r.Id), r.Version)).ToList();
    }

    public async Task<(RoleRow? Role, FieldErrors Errors)> CreateAsync(RoleInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var errors = await ValidateAsync(db, input, null, ct);
        if (errors.Any)
        {
            return (null, errors);
        }
        var role = new Role
        {
            Name = input.Name!.Trim(), NormalizedName = input.Name.Trim().ToUpperInvariant(), Description = input.Description,
            DataScope = input.DataScope, SortOrder = 100, ConcurrencyStamp = Guid.NewGuid().ToString(),
        };
        db.Roles.Add(role);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        db.RoleClaims.AddRange((input.Permissions ?? []).Distinct().Select(p => new IdentityRoleClaim<int> { RoleId = role.Id, ClaimType = Permissions.ClaimType, ClaimValue = p }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ((await ListAsync(ct)).Single(r => r.Id == role.Id), errors);
    }

    public async Task<(RoleRow? Role, FieldErrors Errors, bool NotFound)> UpdateAsync(int id, RoleInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var role = await db.Roles.FindAsync([id], ct);
        if (role is null)
        {
            return (null, new FieldErrors(), true);
        }
        var errors = await ValidateAsync(db, input, id, ct);
        if (role.IsBuiltIn && input.Name?.Trim() != role.Name)
        {
            errors.Add(nameof(RoleInput.Name), "内置角色不能改名");
        }
        if (errors.Any)
        {
            return (null, errors, false);
        }
        db.Entry(role).Property(r => r.Version).OriginalValue = input.Version;
        role.Name = input.Name!.Trim();
        role.NormalizedName = role.Name.ToUpperInvariant();
        role.Description = input.Description;
        role.DataScope = input.DataScope;
        var wanted = (input.Permissions ?? []).Distinct().ToList();
        var existing = await db.RoleClaims.Where(c => c.RoleId == id && c.ClaimType == Permissions.ClaimType).ToListAsync(ct);
        db.RoleClaims.RemoveRange(existing.Where(c => !wanted.Contains(c.ClaimValue!)));
        db.RoleClaims.AddRange(wanted.Where(p => existing.All(c => c.ClaimValue != p))
            .Select(p => new IdentityRoleClaim<int> { RoleId = id, ClaimType = Permissions.ClaimType, ClaimValue = p }));
        await db.SaveChangesAsync(ct);
        return ((await ListAsync(ct)).Single(r => r.Id == id), errors, false);
    }

    /// <summary>With the version the user saw, a delete of a row edited since then is refused (409), like a save.</summary>
    public async Task<(FieldErrors Errors, bool NotFound)> DeleteAsync(int id, int? version, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var role = await db.Roles.FindAsync([id], ct);
        if (role is null)
        {
            return (new FieldErrors(), true);
        }
        var errors = new FieldErrors();
        if (role.IsBuiltIn)
        {
            errors.Add("id", "内置角色不能删除");
        }
        else if (await db.UserRoles.AnyAsync(ur => ur.RoleId == id, ct))
        {
            errors.Add("id", "仍有用户属于该角色，不能删除");
        }
        if (!errors.Any)
        {
            if (version is { } seen)
            {
                db.Entry(role).Property(r => r.Version).OriginalValue = seen;
            }
            db.RoleClaims.RemoveRange(db.RoleClaims.Where(c => c.RoleId == id));
            db.Roles.Remove(role);
            await db.SaveChangesAsync(ct);
        }
        return (errors, false);
    }

    public static readonly ExcelColumn<RoleRow>[] Columns =
    [
        new("角色", r => r.Name), new("说明", r => r.Description), new("数据范围", r => ScopeName(r.DataScope)),
        new("权限", r => string.Join("、", r.Permissions.Select(p => Permissions.All.FirstOrDefault(a => a.Code == p).Name ?? p))),
        new("用户数", r => r.UserCount), new("内置", r => r.IsBuiltIn ? "是" : "否"),
    ];

    private static async Task<FieldErrors> ValidateAsync(ZhibaoDb db, RoleInput input, int? id, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        if (!Enum.IsDefined(input.DataScope))
        {
            errors.Add(nameof(RoleInput.DataScope), "数据范围无效");
        }
        foreach (var unknown in (input.Permissions ?? []).Where(p => !Permissions.IsKnown(p)))
        {
            errors.Add(nameof(RoleInput.Permissions), $"未知的权限“{unknown}”");
        }
        if (!string.IsNullOrWhiteSpace(input.Name))
        {
            var normalized = input.Name.Trim().ToUpperInvariant();
            if (await db.Roles.AnyAsync(r => r.NormalizedName == normalized && r.Id != id, ct))
            {
                errors.Add(nameof(RoleInput.Name), $"角色“{input.Name.Trim()}”已存在");
            }
        }
        return errors;
    }
}
