using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Platform.Admin;

public sealed record OrgUnitRow(int Id, int? ParentId, string Name, string Code, OrgUnitKind Kind, int SortOrder, string? Contact, bool IsActive, int UserCount, int Version);

public sealed record OrgUnitInput(
    int? ParentId,
    [property: Required(ErrorMessage = "请输入单位名称"), StringLength(100, ErrorMessage = "名称不超过100个字符")] string? Name,
    [property: Required(ErrorMessage = "请输入单位编码"), StringLength(50, ErrorMessage = "编码不超过50个字符"),
               RegularExpression(@"^[A-Za-z0-9-]+$", ErrorMessage = "编码只能包含字母、数字和连字符")] string? Code,
    OrgUnitKind Kind,
    int SortOrder,
    [property: StringLength(200, ErrorMessage = "联系方式不超过200个字符")] string? Contact,
    bool IsActive,
    int Version);

/// <summary>组织机构: the bureau's tree plus outside bodies; a unit with people or sub-units is never deleted.</summary>
public sealed class OrgAdministration(IDbContextFactory<ZhibaoDb> factory, OrgTree tree)
{
    public static string KindName(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.Bureau => "局",
        OrgUnitKind.Section => "科室",
        OrgUnitKind.Brigade => "执法大队",
        OrgUnitKind.Station => "市场监督管理所",
        OrgUnitKind.External => "外部单位",
        _ => kind.ToString(),
    };

    public async Task<List<OrgUnitRow>> ListAsync(string? keyword, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.OrgUnits.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(keyword))
        {
            query = query.Where(u => u.Name.Contains(keyword.Trim()) || u.Code.Contains(keyword.Trim()));
        }
        var counts = await db.Users.IgnoreQueryFilters().GroupBy(u => u.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return (await query.OrderBy(u => u.SortOrder).ThenBy(u => u.Id).ToListAsync(ct))
            .Select(u => new OrgUnitRow(u.Id, u.ParentId, u.Name, u.Code, u.Kind, u.SortOrder, u.Contact, u.IsActive, counts.GetValueOrDefault(u.Id), u.Version))
            .ToList();
    }

    public async Task<(OrgUnitRow? Unit, FieldErrors Errors)> CreateAsync(OrgUnitInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var errors = await ValidateAsync(db, input, null, ct);
        if (errors.Any)
        {
            return (null, errors);
        }
        var parent = input.ParentId is { } pid ? await db.OrgUnits.FindAsync([pid], ct) : null;
        var unit = new OrgUnit { Name = input.Name!.Trim(), Code = input.Code!.Trim() };
        Apply(unit, input);
        db.OrgUnits.Add(unit);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        unit.Path = $"{parent?.Path ?? "/"}{unit.Id}/";
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        tree.Invalidate();
        return ((await ListAsync(null, ct)).Single(u => u.Id == unit.Id), errors);
    }

    public async Task<(OrgUnitRow? Unit, FieldErrors Errors, bool NotFound)> UpdateAsync(int id, OrgUnitInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var unit = await db.OrgUnits.FindAsync([id], ct);
        if (unit is null)
        {
            return (null, new FieldErrors(), true);
        }
        var errors = await ValidateAsync(db, input, id, ct);
        if (errors.Any)
        {
            return (null, errors, false);
        }
        db.Entry(unit).Property(u => u.Version).OriginalValue = input.Version;
        var oldPath = unit.Path;
        var parent = input.ParentId is { } pid ? await db.OrgUnits.FindAsync([pid], ct) : null;
        Apply(unit, input);
        unit.Path = $"{parent?.Path ?? "/"}{unit.Id}/";
        if (unit.Path != oldPath)
        {
            // Moving a unit moves its whole subtree.
            foreach (var child in await db.OrgUnits.Where(u => u.Path.StartsWith(oldPath) && u.Id != id).ToListAsync(ct))
            {
                child.Path = unit.Path + child.Path[oldPath.Length..];
            }
        }
        await db.SaveChangesAsync(ct);
        tree.Invalidate();
        return ((await ListAsync(null, ct)).Single(u => u.Id == id), errors, false);
    }

    /// <summary>With the version the user saw, a delete of a row edited since then is refused (409), like a save.</summary>
    public async Task<(FieldErrors Errors, bool NotFound)> DeleteAsync(int id, int? version, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var unit = await db.OrgUnits.FindAsync([id], ct);
        if (unit is null)
        {
            return (new FieldErrors(), true);
        }
        var errors = new FieldErrors();
        if (await db.OrgUnits.AnyAsync(u => u.ParentId == id, ct))
        {
            errors.Add("id", "该单位下还有下级单位，不能删除");
        }
        if (await db.Users.IgnoreQueryFilters().AnyAsync(u => u.OrgUnitId == id, ct))
        {
            errors.Add("id", "该单位下还有用户，不能删除；可改为停用");
        }
        if (!errors.Any)
        {
            if (version is { } seen)
            {
                db.Entry(unit).Property(u => u.Version).OriginalValue = seen;
            }
            db.OrgUnits.Remove(unit);
            await db.SaveChangesAsync(ct);
            tree.Invalidate();
        }
        return (errors, false);
    }

    private static void Apply(OrgUnit unit, OrgUnitInput input)
    {
        unit.ParentId = input.ParentId;
        unit.Name = input.Name!.Trim();
        unit.Code = input.Code!.Trim();
        unit.Kind = input.Kind;
        unit.SortOrder = input.SortOrder;
        unit.Contact = string.IsNullOrWhiteSpace(input.Contact) ? null : input.Contact.Trim();
        unit.IsActive = input.IsActive;
    }

    private static async Task<FieldErrors> ValidateAsync(ZhibaoDb db, OrgUnitInput input, int? id, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(nameof(OrgUnitInput.Kind), "单位类型无效");
        }
        if (input.ParentId is { } pid)
        {
            var parent = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == pid, ct);
            if (parent is null)
            {
                errors.Add(nameof(OrgUnitInput.ParentId), "上级单位不存在");
            }
            else if (id is { } self && parent.Path.Contains($"/{self}/", StringComparison.Ordinal))
            {
                errors.Add(nameof(OrgUnitInput.ParentId), "不能把单位移到自己或自己的下级之下");
            }
        }
        if (!string.IsNullOrWhiteSpace(input.Code) && await db.OrgUnits.AnyAsync(u => u.Code == input.Code.Trim() && u.Id != id, ct))
        {
            errors.Add(nameof(OrgUnitInput.Code), $"单位编码“{input.Code.Trim()}”已被使用");
        }
        return errors;
    }

    public static readonly ExcelColumn<OrgUnitRow>[] Columns =
    [
        new("单位名称", r => r.Name), new("编码", r => r.Code), new("类型", r => KindName(r.Kind)),
        new("联系方式", r => r.Contact), new("用户数", r => r.UserCount), new("状态", r => r.IsActive ? "启用" : "停用"),
    ];
}
