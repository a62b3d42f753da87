using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Platform.Admin;

public sealed record DictionaryTypeRow(int Id, string Code, string Name, string? Remark, int ItemCount);

public sealed record DictionaryItemRow(int Id, string TypeCode, string Value, string Label, int SortOrder, bool IsActive, int Version);

public sealed record DictionaryItemInput(
    [property: Required(ErrorMessage = "请输入字典值"), StringLength(50, ErrorMessage = "字典值不超过50个字符")] string? Value,
    [property: Required(ErrorMessage = "请输入显示名称"), StringLength(100, ErrorMessage = "显示名称不超过100个字符")] string? Label,
    int SortOrder,
    bool IsActive,
    int Version);

/// <summary>数据字典: lists staff edit without a release. Items are retired (停用), not deleted, once records may use them.</summary>
public sealed class DictionaryAdministration(IDbContextFactory<ZhibaoDb> factory)
{
    public async Task<List<DictionaryTypeRow>> TypesAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.DictionaryTypes.AsNoTracking().OrderBy(t => t.Id)
            .Select(t => new DictionaryTypeRow(t.Id, t.Code, t.Name, t.Remark, t.Items.Count)).ToListAsync(ct);
    }

    public async Task<List<DictionaryItemRow>?> ItemsAsync(string typeCode, string? keyword, bool activeOnly, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.DictionaryTypes.AnyAsync(t => t.Code == typeCode, ct))
        {
            return null;
        }
        var query = db.DictionaryItems.AsNoTracking().Where(i => i.DictionaryType!.Code == typeCode);
        if (!string.IsNullOrWhiteSpace(keyword))
        {
            query = query.Where(i => i.Label.Contains(keyword.Trim()) || i.Value.Contains(keyword.Trim()));
        }
        if (activeOnly)
        {
            query = query.Where(i => i.IsActive);
        }
        return await query.OrderBy(i => i.SortOrder).ThenBy(i => i.Id)
            .Select(i => new DictionaryItemRow(i.Id, typeCode, i.Value, i.Label, i.SortOrder, i.IsActive, i.Version)).ToListAsync(ct);
    }

    public async Task<(DictionaryItemRow? Item, FieldErrors Errors, bool NotFound)> CreateAsync(string typeCode, DictionaryItemInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var type = await db.DictionaryTypes.SingleOrDefaultAsync(t => t.Code == typeCode, ct);
        if (type is null)
        {
            return (null, new FieldErrors(), true);
        }
        var errors = await ValidateAsync(db, type.Id, input, null, ct);
        if (errors.Any)
        {
            return (null, errors, false);
        }
        var item = new DictionaryItem { DictionaryTypeId = type.Id, Value = input.Value!.Trim(), Label = input.Label!.Trim(), SortOrder = input.SortOrder, IsActive = input.IsActive };
        db.DictionaryItems.Add(item);
        await db.SaveChangesAsync(ct);
        return (new DictionaryItemRow(item.Id, typeCode, item.Value, item.Label, item.SortOrder, item.IsActive, item.Version), errors, false);
    }

    public async Task<(DictionaryItemRow? Item, FieldErrors Errors, bool NotFound)> UpdateAsync(string typeCode, int id, DictionaryItemInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var item = await db.DictionaryItems.SingleOrDefaultAsync(i => i.Id == id && i.DictionaryType!.Code == typeCode, ct);
        if (item is null)
        {
            return (null, new FieldErrors(), true);
        }
        var errors = await ValidateAsync(db, item.DictionaryTypeId, input, id, ct);
        if (errors.Any)
        {
            return (null, errors, false);
        }
        db.Entry(item).Property(i => i.Version).OriginalValue = input.Version;
        item.Value = input.Value!.Trim();
        item.Label = input.Label!.Trim();
        item.SortOrder = input.SortOrder;
        item.IsActive = input.IsActive;
        await db.SaveChangesAsync(ct);
        return (new DictionaryItemRow(item.Id, typeCode, item.Value, item.Label, item.SortOrder, item.IsActive, item.Version), errors, false);
    }

    private static async Task<FieldErrors> ValidateAsync(ZhibaoDb db, int typeId, DictionaryItemInput input, int? id, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        if (!string.IsNullOrWhiteSpace(input.Value) && await db.DictionaryItems.AnyAsync(i => i.DictionaryTypeId == typeId && i.Value == input.Value.Trim() && i.Id != id, ct))
        {
            errors.Add(nameof(DictionaryItemInput.Value), $"字典值“{input.Value.Trim()}”已存在");
        }
        if (!string.IsNullOrWhiteSpace(input.Label) && await db.DictionaryItems.AnyAsync(i => i.DictionaryTypeId == typeId && i.Label == input.Label.Trim() && i.Id != id, ct))
        {
            errors.Add(nameof(DictionaryItemInput.Label), $"显示名称“{input.Label.Trim()}”已存在");
        }
        return errors;
    }

    public static readonly ExcelColumn<DictionaryItemRow>[] Columns =
    [
        new("字典类型", r => r.TypeCode), new("字典值", r => r.Value), new("显示名称", r => r.Label),
        new("排序", r => r.SortOrder), new("状态", r => r.IsActive ? "启用" : "停用"),
    ];
}
