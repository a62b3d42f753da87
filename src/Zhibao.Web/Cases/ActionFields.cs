using Zhibao.Web.Platform.Api;

namespace Zhibao.Web.Cases;

/// <summary>The checks most action fields share: a date (omitted = today) not in the future and not before an earlier step; a required text.</summary>
public sealed class ActionFields(DateOnly today)
{
    public FieldErrors Errors { get; } = new();

    public DateOnly Today => today;

    public DateOnly Day(DateOnly? value, string field, DateOnly? notBefore, string notBeforeName)
    {
        var day = value ?? today;
        if (day > today)
        {
            Errors.Add(field, "日期不能晚于今天");
        }
        else if (notBefore is { } min && day < min)
        {
            Errors.Add(field, $"日期不能早于{notBeforeName}（{CaseClocks.Text(min)}）");
        }
        return day;
    }

    public string Require(string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Errors.Add(field, message);
            return "";
        }
        return value.Trim();
    }

    public PreparedAction Ready(string title, Action apply, string? note = null) =>
        Errors.Any ? PreparedAction.Invalid(Errors) : new PreparedAction(Errors, title, apply, note);
}
