using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhibao.Data;
using Zhibao.Web.Reporting;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;
using static Zhibao.Web.Tests.Reporting.ReportTestData;

namespace Zhibao.Web.Tests.Reporting;

/// <summary>
/// 迟报 reminders on the fake clock (计算规则8): daily from the 1st to 知识产权科, escalated to 局领导 after the 5th — which is
/// not moved off a Sunday (October 2023's report, due Sunday 11-05) nor out of the National Day holiday (September 2023's,
/// due Thursday 10-05 inside 09-29 … 10-06) — and silent once the report is submitted.
/// </summary>
public abstract class ReminderScheduleTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    /// <summary>Runs the job on each day at 09:00 China time, or now if later (twice on the first: one notice a day all the same).</summary>
    protected async Task RunOnAsync(params (int Month, int Day)[] days)
    {
        var reminders = App.Services.GetRequiredService<MonthlyReportReminders>();
        foreach (var (month, day) in days)
        {
            if (App.Clock.GetUtcNow() < China(2023, month, day, 9, 0))
            {
                App.Clock.SetUtcNow(China(2023, month, day, 9, 0));
            }
            await reminders.RunAsync(CancellationToken.None);
            if (day == days[0].Day && month == days[0].Month)
            {
                Assert.Equal(0, await reminders.RunAsync(CancellationToken.None));
            }
        }
    }

    /// <summary>(user, China day of the key, title) of every notice about the month's report.</summary>
    protected Task<List<(string User, string Day, string Title, string? Body)>> NoticesAsync(string period) => CaseTestData.WithDbAsync(App, async db =>
    {
        var rows = await (from n in db.Notifications
                          join u in db.Users on n.UserId equals u.Id
                          where n.Link == $"/reports/monthly/{period}"
                          select new { u.UserName, n.DedupKey, n.Title, n.Body }).ToListAsync();
        return rows.Select(r => (User: r.UserName!, Day: r.DedupKey.Split(':')[3], r.Title, Body: (string?)r.Body)).OrderBy(r => r.Item2).ThenBy(r => r.Item1).ToList();
    });

    protected static IEnumerable<string> Days(IEnumerable<(string User, string Day, string Title, string? Body)> notices, string user) =>
        notices.Where(n => n.User == user).Select(n => n.Day);
}

public abstract class WeekendDueReminderTests<TApp>(TApp app) : ReminderScheduleTests<TApp>(app) where TApp : ZhibaoApp
{
    [Fact]
    public async Task October_2023_is_due_on_sunday_the_5th_reminded_daily_from_the_1st_and_escalated_on_monday_the_6th()
    {
        await RunOnAsync((10, 31), (11, 1), (11, 2), (11, 3), (11, 4), (11, 5), (11, 6));
        await SignOffAsync(App, "2023-10", "GJ-2023-1106");
        await RunOnAsync((11, 7), (11, 8));

        var notices = await NoticesAsync("2023-10");
        Assert.Equal(["20231101", "20231102", "20231103", "20231104", "20231105", "20231106"], Days(notices, "kezhang"));
        Assert.Equal(["20231106"], Days(notices, "lingdao"));
        Assert.All(notices.Where(n => n.Day != "20231106"), n => Assert.StartsWith("专利执法月报待报送：2023年10月（截止2023-11-05）", n.Title));
        Assert.Contains("截止日为周末休息日，不顺延", notices[0].Body);
        Assert.All(notices.Where(n => n.Day == "20231106"), n => Assert.StartsWith("专利执法月报已逾期", n.Title));
        Assert.Contains("已逾期1日", notices.First(n => n.Day == "20231106").Body);
        Assert.All(notices.GroupBy(n => (n.User, n.Day)), g => Assert.Single(g));
    }
}

public sealed class WeekendDueReminderTests_Sqlite(SqliteApp app) : WeekendDueReminderTests<SqliteApp>(app);

public sealed class WeekendDueReminderTests_Postgres(PostgresApp app) : WeekendDueReminderTests<PostgresApp>(app);

public abstract class NationalDayReminderTests<TApp>(TApp app) : ReminderScheduleTests<TApp>(app) where TApp : ZhibaoApp
{
    [Fact]
    public async Task September_2023_is_due_on_the_5th_inside_the_national_day_holiday_and_overdue_on_the_6th_still_a_holiday()
    {
        Assert.True(App.Clock.GetUtcNow() < China(2023, 9, 29));
        await RunOnAsync((9, 28), (9, 30), (10, 1), (10, 2), (10, 5), (10, 6), (10, 7));
        await SignOffAsync(App, "2023-09", "GJ-2023-1007");
        await RunOnAsync((10, 8), (10, 9));

        var notices = await NoticesAsync("2023-09");
        Assert.Equal(["20231001", "20231002", "20231005", "20231006", "20231007"], Days(notices, "kezhang"));
        Assert.Equal(["20231006", "20231007"], Days(notices, "lingdao"));
        Assert.Contains("截止日为中秋节和国庆节休息日，不顺延", notices[0].Body);
        Assert.All(notices.Where(n => string.CompareOrdinal(n.Day, "20231006") >= 0), n => Assert.StartsWith("专利执法月报已逾期：2023年9月", n.Title));
        Assert.All(notices.GroupBy(n => (n.User, n.Day)), g => Assert.Single(g));

        var september = await GetJsonAsync(await App.ClientAsAsync("kezhang"), "/api/reports/monthly/2023-09");
        Assert.False(september.GetProperty("onTime").GetBoolean()); // submitted on the 7th: 迟报
    }
}

/// <summary>The app with its fake clock at Thursday 2023-09-28 10:00 China time, before the National Day holiday.</summary>
public abstract class NationalDayApp : ZhibaoApp
{
    // The fake clock only moves forward; AdjustTime sets it back once, before the host and its timers exist.
    protected NationalDayApp(DatabaseProvider provider) : base(provider) => Clock.AdjustTime(China(2023, 9, 28));
}

public sealed class NationalDaySqliteApp() : NationalDayApp(DatabaseProvider.Sqlite);

public sealed class NationalDayPostgresApp() : NationalDayApp(DatabaseProvider.Postgres);

public sealed class NationalDayReminderTests_Sqlite(NationalDaySqliteApp app) : NationalDayReminderTests<NationalDaySqliteApp>(app);

public sealed class NationalDayReminderTests_Postgres(NationalDayPostgresApp app) : NationalDayReminderTests<NationalDayPostgresApp>(app);
