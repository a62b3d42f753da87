using System.Globalization;
using System.Text;

namespace Zhibao.Domain.Intake;

/// <summary>
/// Duplicate suggestions: the same respondent about the same mark, received within a window of days (setting
/// Intake.DuplicateWindowDays; no rule sets it). Names are compared by a key that ignores width, case, spaces and
/// punctuation, so “北辰某种业有限公司” and “北辰某种业 有限公司（ ）” match, and “金穗１号” matches “金穗1号”.
/// </summary>
public static class IntakeDuplicates
{
    public const int MaxKeyLength = 200;

    /// <summary>The comparison key of a name; null when nothing comparable is left.</summary>
    public static string? Key(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c) || category is UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                or UnicodeCategory.OtherPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.MathSymbol
                or UnicodeCategory.OtherSymbol)
            {
                continue;
            }
            text.Append(char.ToUpperInvariant(c));
        }
        if (text.Length == 0)
        {
            return null;
        }
        return text.Length > MaxKeyLength ? text.ToString(0, MaxKeyLength) : text.ToString();
    }

    /// <summary>
    /// Whether two items look like the same matter: both name a respondent and a mark, the keys are equal, and they were
    /// received at most <paramref name="windowDays"/> calendar days apart (exactly at the limit counts).
    /// </summary>
    public static bool Match(string? respondentKeyA, string? markKeyA, DateOnly receivedA, string? respondentKeyB, string? markKeyB,
        DateOnly receivedB, int windowDays) =>
        respondentKeyA is not null && markKeyA is not null && respondentKeyA == respondentKeyB && markKeyA == markKeyB
        && Math.Abs(receivedA.DayNumber - receivedB.DayNumber) <= windowDays;
}

/// <summary>办结率 of complaints and reports (重点领域投诉举报办结率, seed task 7).</summary>
public static class IntakeRates
{
    /// <summary>
    /// Closed ÷ accepted, in percent rounded to one decimal (half away from zero); null when nothing was accepted. Refused
    /// items were never accepted and merged duplicates count once, in the item they were merged into.
    /// </summary>
    public static decimal? ClosureRate(int closed, int accepted) =>
        accepted <= 0 ? null : Math.Round(closed * 100m / accepted, 1, MidpointRounding.AwayFromZero);
}
