using System.Globalization;
using Zhibao.Domain.Calendar;

namespace Zhibao.Domain.Leads;

/// <summary>The state of the reply a lead's sender waits for, shown red / amber / green like case deadlines.</summary>
public enum ReplyStatus
{
    /// <summary>The sender set no deadline.</summary>
    NoDeadline,
    /// <summary>正常 (green).</summary>
    OnTrack,
    /// <summary>临期 (amber): due within the reminder window.</summary>
    DueSoon,
    /// <summary>逾期 (red): not reported back by the due date.</summary>
    Overdue,
    /// <summary>按期反馈.</summary>
    Replied,
    /// <summary>超期反馈.</summary>
    RepliedLate,
}

/// <summary>The due date of a lead's reply and why.</summary>
public sealed record ReplyDue(DateOnly DueOn, string Basis);

/// <summary>
/// The reply deadline the sender of a lead sets (交办单位要求的反馈期限). The sender writes it either as a date or as a
/// number of working days after receipt; no statute sets it. Working days are counted by rule 2 of
/// shared/domain/README.md (the day of receipt not counted; make-up working days count, holidays do not); a date is
/// the sender's own and is kept as written, even on a rest day.
/// </summary>
public static class LeadReplyClock
{
    /// <summary>Null when the sender set no deadline.</summary>
    public static ReplyDue? Due(WorkingCalendar calendar, DateOnly receivedOn, DateOnly? deadlineOn, int? workingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (deadlineOn is { } date)
        {
            return new ReplyDue(date, $"交办单位要求于{Text(date)}前反馈");
        }
        if (workingDays is { } n)
        {
            var due = calendar.AddWorkingDays(receivedOn, n);
            return new ReplyDue(due, $"交办单位要求收到之日（{Text(receivedOn)}）起{n}个工作日内反馈（计算规则2，节假日不计、调休上班日计入），到期日：{Text(due)}");
        }
        return null;
    }

    /// <summary>
    /// The reply's state on <paramref name="today"/>. Amber when the due date is within <paramref name="warningWorkingDays"/>
    /// working days (the same reminder window as case deadlines); red from the day after the due date.
    /// </summary>
    public static ReplyStatus StatusOn(WorkingCalendar calendar, DateOnly? dueOn, DateOnly? repliedOn, DateOnly today, int warningWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (dueOn is not { } due)
        {
            return repliedOn is null ? ReplyStatus.NoDeadline : ReplyStatus.Replied;
        }
        if (repliedOn is { } replied)
        {
            return replied <= due ? ReplyStatus.Replied : ReplyStatus.RepliedLate;
        }
        if (today > due)
        {
            return ReplyStatus.Overdue;
        }
        return due <= calendar.AddWorkingDays(today, warningWorkingDays) ? ReplyStatus.DueSoon : ReplyStatus.OnTrack;
    }

    public static string Name(ReplyStatus status) => status switch
    {
        ReplyStatus.NoDeadline => "未设期限",
        ReplyStatus.OnTrack => "正常",
        ReplyStatus.DueSoon => "临期",
        ReplyStatus.Overdue => "逾期",
        ReplyStatus.Replied => "按期反馈",
        ReplyStatus.RepliedLate => "超期反馈",
        _ => status.ToString(),
    };

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
