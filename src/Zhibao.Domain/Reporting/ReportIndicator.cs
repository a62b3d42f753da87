namespace Zhibao.Domain.Reporting;

/// <summary>What the indicator needs of one month's report.</summary>
/// <param name="FirstSubmittedOn">The China date version 1 was submitted (the original report), null while not submitted.</param>
/// <param name="WrongCorrections">Corrections after submission for wrong data (错报).</param>
/// <param name="MissingCorrections">Corrections after submission for cases left out (漏报).</param>
public sealed record ReportMonthRecord(ReportPeriod Period, DateOnly DueDate, DateOnly? FirstSubmittedOn, int WrongCorrections = 0, int MissingCorrections = 0)
{
    /// <summary>True: submitted by the due date; false: submitted after it or still missing after it (迟报); null: not due yet.</summary>
    public bool? OnTime(DateOnly today) => FirstSubmittedOn is { } on ? on <= DueDate : today > DueDate ? false : null;
}

/// <summary>
/// 月报按时上报率 and 迟报/错报/漏报次数 of a year (seed task 2 “杜绝逾期迟报和错报漏报”, 绩效考核 三(二)): the months of the
/// year whose report is due (or already in) count, from the first month the bureau reported on the platform (what was
/// reported before it is not known here); a month is on time when its first version went in by the due date.
/// </summary>
public sealed record ReportIndicator(int Year, int MonthsDue, int MonthsOnTime, int Late, int Wrong, int Missing)
{
    /// <summary>按时上报率 in percent, one decimal; null before any month is due.</summary>
    public decimal? OnTimeRate => ReportTotals.Rate(MonthsOnTime, MonthsDue);

    /// <param name="since">The first month the bureau reported on the platform; null before it ever did (only the last month counts then).</param>
    public static ReportIndicator Compute(int year, IEnumerable<ReportMonthRecord> months, DateOnly today, ReportPeriod? since)
    {
        var ofYear = months.Where(m => m.Period.Year == year && Counts(m.Period, today, since)).ToList();
        var standings = ofYear.Select(m => m.OnTime(today)).ToList();
        return new ReportIndicator(year, standings.Count(s => s is not null), standings.Count(s => s == true), standings.Count(s => s == false),
            ofYear.Sum(m => m.WrongCorrections), ofYear.Sum(m => m.MissingCorrections));
    }

    /// <summary>Whether a month is the platform's to count: from <paramref name="since"/> on, or last month when there is none yet.</summary>
    public static bool Counts(ReportPeriod period, DateOnly today, ReportPeriod? since) =>
        period >= (since is { } first && first < ReportPeriod.Of(today).Previous ? first : ReportPeriod.Of(today).Previous);
}

/// <summary>Who hears about a month's report on a given day.</summary>
public enum ReportReminderStage
{
    None,
    /// <summary>From the 1st to the due date: the responsible 知识产权科 staff.</summary>
    Due,
    /// <summary>After the due date (迟报): the 知识产权科 staff and the 局领导.</summary>
    Overdue,
}

/// <summary>
/// The reminder schedule of 计算规则8: from the 1st of the next month, every day until the report is submitted; after the
/// due date (the 5th, not moved off a weekend or holiday) it is overdue and escalates to the bureau's leaders.
/// </summary>
public static class ReportReminderSchedule
{
    public static ReportReminderStage StageOn(ReportPeriod period, DateOnly today, bool submitted, int dueDay = 5) =>
        submitted || today < period.RemindersStart ? ReportReminderStage.None
        : today <= period.DueDate(dueDay) ? ReportReminderStage.Due
        : ReportReminderStage.Overdue;
}
