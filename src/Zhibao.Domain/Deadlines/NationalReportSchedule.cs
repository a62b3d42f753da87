namespace Zhibao.Domain.Deadlines;

/// <summary>
/// The monthly report to the national patent enforcement system. 计算规则8（docs: shared/domain/README.md）
/// </summary>
public static class NationalReportSchedule
{
    /// <summary>
    /// The report for <paramref name="month"/> is due on day <paramref name="dueDay"/> of the next month (clamped to
    /// that month's end). Unlike other deadlines it does not roll to a working day: when the 5th falls on a weekend
    /// or holiday, staff report early. 计算规则8（docs: shared/domain/README.md）
    /// </summary>
    public static DateOnly DueDate(int year, int month, int dueDay = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dueDay, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dueDay, 31);
        var next = RemindersStart(year, month);
        return next.AddDays(Math.Min(dueDay, DateTime.DaysInMonth(next.Year, next.Month)) - 1);
    }

    /// <summary>Reminders for the report on <paramref name="month"/> start on the 1st of the next month. 计算规则8（docs: shared/domain/README.md）</summary>
    public static DateOnly RemindersStart(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return month == 12 ? new DateOnly(year + 1, 1, 1) : new DateOnly(year, month + 1, 1);
    }
}
