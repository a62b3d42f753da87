using System.Globalization;
using Zhibao.Domain.Calendar;
using Zhibao.Domain.Deadlines;

namespace Zhibao.Domain.Tests;

/// <summary>The shipped cn-holidays.tsv, loaded once: the rules are tested against the real arrangements.</summary>
internal static class TestCalendar
{
    public static string ShippedText { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "cn-holidays.tsv"));

    public static TsvParseResult ShippedParsed { get; } = HolidayTsv.Parse(ShippedText);

    public static WorkingCalendar Shipped { get; } =
        new(ShippedParsed.Entries, HolidayTsv.YearsCovered(ShippedParsed.Entries));

    public static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Checks the explained path and the fast path agree with the expected due date.</summary>
    public static Deadline AssertDue(string from, Period period, string expected, WorkingCalendar? calendar = null)
    {
        calendar ??= Shipped;
        var deadline = DeadlineCalculator.Compute(calendar, D(from), period);
        Assert.Equal(D(expected), deadline.DueDate);
        Assert.Equal(D(expected), DeadlineCalculator.DueDate(calendar, D(from), period));
        return deadline;
    }

    public static IReadOnlyList<string> Notes(Deadline deadline) => [.. deadline.Steps.Select(s => s.Note)];
}
