using Zhibao.Domain.Leads;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests.Leads;

/// <summary>The reply a lead's sender waits for: a date as written, or working days counted by rule 2; red / amber / green.</summary>
public class LeadReplyClockTests
{
    [Theory]
    // Rule 2's own example: the National Day week is skipped, the make-up Saturday and Sunday count.
    [InlineData("2023-09-27", 5, "2023-10-10")]
    // Received on the last working day before the holiday: the first working day counted is the make-up Saturday.
    [InlineData("2023-09-28", 1, "2023-10-07")]
    // Received on a holiday: the count starts after it.
    [InlineData("2023-10-01", 1, "2023-10-07")]
    // A month end on a Friday: Saturday and Sunday are skipped.
    [InlineData("2023-03-31", 1, "2023-04-03")]
    // Spring Festival 2024 with its make-up Sundays (02-04, 02-18).
    [InlineData("2024-02-08", 2, "2024-02-18")]
    public void Working_days_are_counted_on_the_holiday_calendar(string received, int days, string expected)
    {
        var due = LeadReplyClock.Due(Shipped, D(received), null, days);
        Assert.NotNull(due);
        Assert.Equal(D(expected), due.DueOn);
        Assert.Contains($"{days}个工作日", due.Basis);
        Assert.Contains(expected, due.Basis);
    }

    [Fact]
    public void A_date_set_by_the_sender_is_kept_as_written_even_on_a_holiday()
    {
        var due = LeadReplyClock.Due(Shipped, D("2023-09-20"), D("2023-10-01"), null);
        Assert.Equal(D("2023-10-01"), due!.DueOn);
        Assert.Contains("2023-10-01", due.Basis);
    }

    [Fact]
    public void Without_a_deadline_there_is_no_due_date()
    {
        Assert.Null(LeadReplyClock.Due(Shipped, D("2023-10-09"), null, null));
        Assert.Equal(ReplyStatus.NoDeadline, LeadReplyClock.StatusOn(Shipped, null, null, D("2023-10-09"), 3));
        Assert.Equal(ReplyStatus.Replied, LeadReplyClock.StatusOn(Shipped, null, D("2023-10-09"), D("2023-10-09"), 3));
    }

    [Theory]
    // The due day itself is amber, not red; red from the next day.
    [InlineData("2023-10-16", "2023-10-16", ReplyStatus.DueSoon)]
    [InlineData("2023-10-16", "2023-10-17", ReplyStatus.Overdue)]
    // Window of 3 working days from Thursday 2023-09-28: 10-07 (make-up), 10-08 (make-up), 10-09 — amber up to 10-09, green after.
    [InlineData("2023-10-09", "2023-09-28", ReplyStatus.DueSoon)]
    [InlineData("2023-10-10", "2023-09-28", ReplyStatus.OnTrack)]
    // An ordinary week: Monday + 3 working days = Thursday.
    [InlineData("2023-10-19", "2023-10-16", ReplyStatus.DueSoon)]
    [InlineData("2023-10-20", "2023-10-16", ReplyStatus.OnTrack)]
    public void Amber_within_the_reminder_window_and_red_after_the_due_date(string due, string today, ReplyStatus expected) =>
        Assert.Equal(expected, LeadReplyClock.StatusOn(Shipped, D(due), null, D(today), 3));

    [Theory]
    [InlineData("2023-10-16", "2023-10-16", ReplyStatus.Replied)]
    [InlineData("2023-10-16", "2023-10-12", ReplyStatus.Replied)]
    [InlineData("2023-10-16", "2023-10-17", ReplyStatus.RepliedLate)]
    public void A_reply_on_the_due_date_is_in_time_and_a_day_later_is_late(string due, string replied, ReplyStatus expected) =>
        // However late "today" is, a recorded reply settles the clock.
        Assert.Equal(expected, LeadReplyClock.StatusOn(Shipped, D(due), D(replied), D("2024-06-01"), 3));
}
