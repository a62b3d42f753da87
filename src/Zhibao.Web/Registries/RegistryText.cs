using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;

namespace Zhibao.Web.Registries;

/// <summary>Small text helpers shared by the registries.</summary>
internal static class RegistryText
{
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string? Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>For the date pickers, which bind DateTime.</summary>
    public static DateTime? ToDateTime(DateOnly? day) => day?.ToDateTime(TimeOnly.MinValue);

    public static DateOnly? ToDateOnly(DateTime? value) => value is { } v ? DateOnly.FromDateTime(v) : null;

    /// <summary>The Chinese name of a stored case status (the workflow's status name, stored as text).</summary>
    public static string CaseStatusName(CaseKind kind, string status) =>
        kind == CaseKind.Penalty && Enum.TryParse<PenaltyCaseStatus>(status, out var s) ? PenaltyWorkflow.Name(s) : status;

    /// <summary>Reads yyyy-MM-dd from a query string; null input is allowed (means "today" to the caller).</summary>
    public static bool TryParseDate(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Brings a child collection in line with the checked values: rows whose id is not among the values are removed (EF
    /// deletes the orphans), rows with a matching id are updated in place (their history stays one row), new values (id 0) added.
    /// </summary>
    public static void Sync<T>(List<T> rows, IReadOnlyList<T> values, Func<T, int> id, Action<T, T> apply)
    {
        rows.RemoveAll(r => values.All(v => id(v) != id(r)));
        foreach (var value in values)
        {
            var row = id(value) == 0 ? default : rows.FirstOrDefault(r => id(r) == id(value));
            if (row is null)
            {
                rows.Add(value);
            }
            else
            {
                apply(row, value);
            }
        }
    }

    /// <summary>409 naming the record that already holds the natural key (existingId, existingName), so the caller can open it.</summary>
    public static IResult Conflict(string title, string message, int existingId, string existingName) =>
        Results.Problem(title: title, detail: message, statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["existingId"] = existingId, ["existingName"] = existingName });

    public static IResult Conflict(string title, RegistryDuplicate duplicate) => Conflict(title, duplicate.Message, duplicate.ExistingId, duplicate.ExistingName);

    /// <summary>
    /// Saves; when a unique index refuses the save (another user saved the same natural key meanwhile), answers the
    /// duplicate <paramref name="find"/> reports from a fresh context. A stale version still throws the 409 conflict.
    /// </summary>
    public static async Task<TDuplicate?> SaveAsync<TDuplicate>(ZhibaoDb db, IDbContextFactory<ZhibaoDb> factory,
        Func<ZhibaoDb, Task<TDuplicate?>> find, CancellationToken ct) where TDuplicate : class
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            await using var fresh = await factory.CreateDbContextAsync(ct);
            if (await find(fresh) is not { } duplicate)
            {
                throw;
            }
            return duplicate;
        }
    }
}
