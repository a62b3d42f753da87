using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Platform.Admin;

public sealed record UserFilter(string? Keyword, int? OrgUnitId, string? Role, bool? IsActive);

public sealed record UserRow(int Id, string UserName, string DisplayName, int OrgUnitId, string OrgUnitName, string? PhoneNumber,
    bool IsActive, bool IsLockedOut, IReadOnlyList<string> Roles, DateTime CreatedAt, int Version);

public sealed record UserInput(
    [property: Required(ErrorMessage = "请输入用户名"), StringLength(50, MinimumLength = 2, ErrorMessage = "用户名长度为2到50个字符"),
               RegularExpression(@"^[A-Za-z0-9._@+-]+$", ErrorMessage = "用户名只能包含字母、数字和 ._@+-")] string? UserName,
    [property: Required(ErrorMessage = "请输入姓名"), StringLength(50, ErrorMessage = "姓名不超过50个字符")] string? DisplayName,
    [property: Range(1, int.MaxValue, ErrorMessage = "请选择所属单位")] int OrgUnitId,
    [property: Phone(ErrorMessage = "电话号码格式不正确")] string? PhoneNumber,
    bool IsActive,
    IReadOnlyList<string>? Roles,
    /// <summary>Required when creating; ignored on update (use reset-password).</summary>
    string? Password,
    /// <summary>The version the editor read; a stale one answers 409.</summary>
    int Version);

public sealed record ResetPasswordInput([property: Required(ErrorMessage = "请输入新密码")] string? Password);

/// <summary>用户管理. Every query runs under the caller's data scope: a 所 administrator sees and edits only the 所's people.</summary>
public sealed class UserAdministration(IDbContextFactory<ZhibaoDb> factory, UserManager<User> users, CurrentUser current, TimeProvider clock)
{
    public async Task<Page<UserRow>> ListAsync(UserFilter filter, int page, int pageSize, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Filter(db, filter);
        var total = await query.CountAsync(ct);
        var rows = await ProjectAsync(db, query.OrderBy(u => u.OrgUnitId).ThenBy(u => u.UserName).Skip((page - 1) * pageSize).Take(pageSize), ct);
        return new Page<UserRow>(rows, total, page, pageSize);
    }

    public async Task<List<UserRow>> AllAsync(UserFilter filter, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await ProjectAsync(db, Filter(db, filter).OrderBy(u => u.OrgUnitId).ThenBy(u => u.UserName), ct);
    }

    public async Task<UserRow?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return (await ProjectAsync(db, db.Users.Where(u => u.Id == id), ct)).SingleOrDefault();
    }

    private static IQueryable<User> Filter(ZhibaoDb db, UserFilter f)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Keyword))
        {
            var k = f.Keyword.Trim();
            query = query.Where(u => u.UserName!.Contains(k) || u.DisplayName.Contains(k) || (u.PhoneNumber != null && u.PhoneNumber.Contains(k)));
        }
        if (f.OrgUnitId is { } unit)
        {
            query = query.Where(u => u.OrgUnitId == unit);
        }
        if (f.IsActive is { } active)
        {
            query = query.Where(u => u.IsActive == active);
        }
        if (!string.IsNullOrWhiteSpace(f.Role))
        {
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == f.Role)));
        }
        return query;
    }

    private async Task<List<UserRow>> ProjectAsync(ZhibaoDb db, IQueryable<User> query, CancellationToken ct)
    {
        var list = await query.Select(u => new { User = u, Unit = u.OrgUnit!.Name }).ToListAsync(ct);
        var ids = list.Select(x => x.User.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return list.Select(x => new UserRow(x.User.Id, x.User.UserName!, x.User.DisplayName, x.User.OrgUnitId, x.Unit, x.User.PhoneNumber,
            x.User.IsActive, x.User.LockoutEnd > now, roles.Where(r => r.UserId == x.User.Id).Select(r => r.Name!).ToList(),
            x.User.CreatedAt, x.User.Version)).ToList();
    }

    public async Task<(UserRow? User, FieldErrors Errors)> CreateAsync(UserInput input, CancellationToken ct)
    {
        var errors = await ValidateAsync(input, null, ct);
        if (string.IsNullOrWhiteSpace(input.Password))
        {
            errors.Add(nameof(UserInput.Password), "请输入初始密码");
        }
        var user = new User
        {
            UserName = input.UserName?.Trim(), DisplayName = input.DisplayName?.Trim() ?? "", OrgUnitId = input.OrgUnitId,
            PhoneNumber = Blank(input.PhoneNumber), IsActive = input.IsActive, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        if (!string.IsNullOrWhiteSpace(input.Password))
        {
            await CheckPasswordAsync(user, input.Password, nameof(UserInput.Password), errors);
        }
        if (errors.Any)
        {
            return (null, errors);
        }
        // Our own short-lived context, not UserManager's: in a Blazor circuit that one lives as long as the tab,
        // so a failed save would stay tracked there and later edits would meet stale rows.
        await using var db = await factory.CreateDbContextAsync(ct);
        user.NormalizedUserName = users.NormalizeName(user.UserName);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        user.LockoutEnabled = true;
        user.PasswordHash = users.PasswordHasher.HashPassword(user, input.Password!);
        db.Users.Add(user);
        var wanted = input.Roles ?? [];
        var roleIds = await db.Roles.Where(r => wanted.Contains(r.Name!)).Select(r => r.Id).ToListAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        db.UserRoles.AddRange(roleIds.Select(r => new IdentityUserRole<int> { UserId = user.Id, RoleId = r }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await GetAsync(user.Id, ct), errors);
    }

    public async Task<(UserRow? User, FieldErrors Errors, bool NotFound)> UpdateAsync(int id, UserInput input, CancellationToken ct)
    {
        var errors = await ValidateAsync(input, id, ct);
        if (errors.Any)
        {
            return (null, errors, false);
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return (null, errors, true);
        }
        db.Entry(user).Property(u => u.Version).OriginalValue = input.Version;
        user.UserName = input.UserName!.Trim();
        user.NormalizedUserName = users.NormalizeName(user.UserName);
        user.DisplayName = input.DisplayName!.Trim();
        user.OrgUnitId = input.OrgUnitId;
        user.PhoneNumber = Blank(input.PhoneNumber);
        user.IsActive = input.IsActive;
        var wanted = input.Roles ?? [];
        var roleIds = await db.Roles.Where(r => wanted.Contains(r.Name!)).Select(r => r.Id).ToListAsync(ct);
        var current = await db.UserRoles.Where(ur => ur.UserId == id).ToListAsync(ct);
        db.UserRoles.RemoveRange(current.Where(ur => !roleIds.Contains(ur.RoleId)));
        db.UserRoles.AddRange(roleIds.Where(r => current.All(c => c.RoleId != r)).Select(r => new IdentityUserRole<int> { UserId = id, RoleId = r }));
        if (!user.IsActive || current.Count != roleIds.Count || current.Any(c => !roleIds.Contains(c.RoleId)))
        {
            // Roles or access changed: existing sign-ins must re-validate.
            user.SecurityStamp = Guid.NewGuid().ToString("N");
        }
        await db.SaveChangesAsync(ct);   // DbUpdateConcurrencyException → 409 (stale Version)
        return (await GetAsync(id, ct), errors, false);
    }

    public async Task<(FieldErrors Errors, bool NotFound)> ResetPasswordAsync(int id, string? password, CancellationToken ct)
    {
        var errors = new FieldErrors();
        await using var db = await factory.CreateDbContextAsync(ct);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct);   // data scope applies
        if (user is null)
        {
            return (errors, true);
        }
        if (string.IsNullOrWhiteSpace(password))
        {
            return (errors.Add("password", "请输入新密码"), false);
        }
        await CheckPasswordAsync(user, password, "password", errors);
        if (errors.Any)
        {
            return (errors, false);
        }
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.SecurityStamp = Guid.NewGuid().ToString("N");   // signs the user out everywhere
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await db.SaveChangesAsync(ct);
        return (errors, false);
    }

    /// <summary>Identity's password rules (length, character classes) with their Chinese messages.</summary>
    private async Task CheckPasswordAsync(User user, string password, string field, FieldErrors errors)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            foreach (var error in result.Errors)
            {
                errors.Add(field, error.Description);
            }
        }
    }

    private async Task<FieldErrors> ValidateAsync(UserInput input, int? id, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        if (input.OrgUnitId > 0 && !current.SeesAllUnits && !current.VisibleUnitIds.Contains(input.OrgUnitId))
        {
            errors.Add(nameof(UserInput.OrgUnitId), "只能把用户放在本单位或下级单位");
        }
        else if (input.OrgUnitId > 0 && !await db.OrgUnits.AnyAsync(u => u.Id == input.OrgUnitId, ct))
        {
            errors.Add(nameof(UserInput.OrgUnitId), "所属单位不存在");
        }
        if (!string.IsNullOrWhiteSpace(input.UserName))
        {
            var normalized = users.NormalizeName(input.UserName.Trim());
            // IgnoreQueryFilters: a user name must be unique across all units, even ones the caller cannot see.
            if (await db.Users.IgnoreQueryFilters().AnyAsync(u => u.NormalizedUserName == normalized && u.Id != id, ct))
            {
                errors.Add(nameof(UserInput.UserName), $"用户名“{input.UserName.Trim()}”已存在");
            }
        }
        var roles = input.Roles ?? [];
        var known = await db.Roles.Where(r => roles.Contains(r.Name!)).Select(r => r.Name!).ToListAsync(ct);
        foreach (var unknown in roles.Except(known))
        {
            errors.Add(nameof(UserInput.Roles), $"角色“{unknown}”不存在");
        }
        if (!current.SeesAllUnits && roles.Any(r => r is BuiltInRoles.Administrator or BuiltInRoles.Leader or BuiltInRoles.IpSection or BuiltInRoles.LegalReviewer))
        {
            errors.Add(nameof(UserInput.Roles), "不能授予超出本单位数据范围的角色");
        }
        return errors;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public static readonly ExcelColumn<UserRow>[] Columns =
    [
        new("用户名", r => r.UserName), new("姓名", r => r.DisplayName), new("所属单位", r => r.OrgUnitName),
        new("角色", r => string.Join("、", r.Roles)), new("电话", r => r.PhoneNumber), new("状态", r => r.IsActive ? "启用" : "停用"),
        new("创建时间", r => Clock.Format(r.CreatedAt)),
    ];
}
