using AntDesign;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Domain.Collaboration;
using Zhibao.Web.Cases;
using Zhibao.Web.Platform.Api;

namespace Zhibao.Web.Collaboration;

/// <summary>What the collaboration pages share: date conversions, tag colours, inline error state.</summary>
internal static class CollaborationUi
{
    public const string StaleMessage = "该记录已被他人修改，请刷新后重试";

    public static DateOnly? Day(DateTime? value) => value is { } d ? DateOnly.FromDateTime(d) : null;

    public static DateTime? Time(DateOnly? value) => value?.ToDateTime(TimeOnly.MinValue);

    public static string D(DateOnly? day) => day is { } d ? CollaborationText.Date(d) : "";

    public static FormValidateStatus Status(FieldErrors? errors, string field) =>
        errors?.For(field) is null ? FormValidateStatus.Default : FormValidateStatus.Error;

    public static string Color(RequestStatus status) => status switch
    {
        RequestStatus.Answered => "green",
        RequestStatus.Overdue => "red",
        _ => "blue",
    };

    public static string Color(OperationPhase phase) => phase switch
    {
        OperationPhase.Running => "blue",
        OperationPhase.Planned => "orange",
        _ => "default",
    };

    public static string Color(WorkItemStatus status) => status switch
    {
        WorkItemStatus.Done => "green",
        WorkItemStatus.InProgress => "blue",
        _ => "default",
    };

    /// <summary>办理中 blue, 已到期 orange, 已完成 green, 已撤回 grey.</summary>
    public static string StateColor(string state) => state switch
    {
        "已到期" => "orange",
        "已完成" => "green",
        "已撤回" => "default",
        _ => "blue",
    };

    /// <summary>Field errors whose key starts with <paramref name="prefix"/> (e.g. every "targets[…]" error), joined.</summary>
    public static string? Under(FieldErrors? errors, string prefix)
    {
        if (errors is null)
        {
            return null;
        }
        var messages = errors.ToDictionary().Where(e => e.Key.StartsWith(prefix, StringComparison.Ordinal)).SelectMany(e => e.Value).ToList();
        return messages.Count == 0 ? null : string.Join("；", messages);
    }
}

/// <summary>The choices the collaboration forms offer, within the user's data scope.</summary>
public sealed class CollaborationLookups(IDbContextFactory<ZhibaoDb> factory)
{
    public async Task<List<LookupOption>> MarketsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Markets.AsNoTracking().OrderBy(m => m.Name).Take(500).Select(m => new LookupOption(m.Id, m.Name)).ToListAsync(ct);
    }

    public async Task<List<LookupOption>> MarksAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.ProtectedMarks.AsNoTracking().OrderBy(m => m.Name).Take(500).Select(m => new LookupOption(m.Id, m.Name)).ToListAsync(ct);
    }

    /// <summary>Cases in scope found on or after <paramref name="from"/>, newest first: the cases an operation may count.</summary>
    public async Task<List<LookupOption>> CasesSinceAsync(DateOnly from, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Cases.AsNoTracking().Where(c => c.ReceivedOn >= from).OrderByDescending(c => c.Id).Take(300)
            .Select(c => new { c.Id, c.CaseNumber, c.Title }).ToListAsync(ct);
        return rows.Select(c => new LookupOption(c.Id, $"{c.CaseNumber ?? "（未立案）"} {c.Title}")).ToList();
    }

    /// <summary>Cases in scope, for a request (any state).</summary>
    public async Task<List<LookupOption>> CasesAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Cases.AsNoTracking().OrderByDescending(c => c.Id).Take(300).Select(c => new { c.Id, c.CaseNumber, c.Title }).ToListAsync(ct);
        return rows.Select(c => new LookupOption(c.Id, $"{c.CaseNumber ?? "（未立案）"} {c.Title}")).ToList();
    }

    /// <summary>A partner's choice of case: the cases entrusted to its unit (read past the case scope, like the entrustment itself).</summary>
    public async Task<List<LookupOption>> EntrustedCasesAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var ids = await db.Entrustments.AsNoTracking().Where(e => e.CaseId != null).Select(e => e.CaseId!.Value).Distinct().ToListAsync(ct);
        var rows = ids.Count == 0 ? [] : await db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.CaseNumber, c.Title }).ToListAsync(ct);
        return rows.Select(c => new LookupOption(c.Id, $"{c.CaseNumber ?? "（未立案）"} {c.Title}")).ToList();
    }
}
