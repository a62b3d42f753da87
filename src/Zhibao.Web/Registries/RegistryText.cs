using System.Globalization;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;

namespace Zhibao.Web.Registries;

/// <summary>Small text helpers shared by the registries.</summary>
internal static class RegistryText
{
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string? Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

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
}
