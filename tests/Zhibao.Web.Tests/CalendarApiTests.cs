using System.Net;
using System.Net.Http.Json;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests;

/// <summary>The calendar API over the seeded holiday data (counting rules of shared/domain/README.md).</summary>
public abstract class CalendarApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    [Theory]
    [InlineData("2023-10-07", true, "makeupWorkday")]
    [InlineData("2023-10-02", false, "holiday")]
    [InlineData("2023-10-14", false, "weekend")]
    [InlineData("2023-10-09", true, "workday")]
    [InlineData("2024-02-04", true, "makeupWorkday")]
    public async Task A_day_is_described_with_its_kind(string date, bool working, string kind)
    {
        using var client = await App.ClientAsAsync("zhifa1");
        var day = await GetJsonAsync(client, $"/api/calendar/{date}");
        Assert.Equal(date, day.GetProperty("date").GetString());
        Assert.Equal(working, day.GetProperty("isWorkingDay").GetBoolean());
        Assert.Equal(kind, day.GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("2023-09-27", 5, "workingDays", "2023-10-10")]   // rule 2
    [InlineData("2023-09-27", 3, "days", "2023-10-07")]          // rule 3
    [InlineData("2023-01-31", 3, "months", "2023-05-04")]        // rule 4
    public async Task The_domain_readme_examples_hold_through_the_api(string from, int amount, string unit, string due)
    {
        using var client = await App.ClientAsAsync("zhifa1");
        var result = await GetJsonAsync(client, $"/api/calendar/deadline?from={from}&amount={amount}&unit={unit}");
        Assert.Equal(due, result.GetProperty("dueDate").GetString());
        Assert.True(result.GetProperty("calendarComplete").GetBoolean());
        Assert.NotEmpty(result.GetProperty("steps").EnumerateArray());
    }

    [Fact]
    public async Task Hours_are_plain_elapsed_hours_from_a_time()
    {
        using var client = await App.ClientAsAsync("zhifa1");
        var result = await GetJsonAsync(client, "/api/calendar/deadline?from=2023-09-29T16:00&amount=24&unit=hours");
        Assert.Equal("2023-09-30 16:00", result.GetProperty("dueAt").GetString());
    }

    [Fact]
    public async Task A_year_without_an_arrangement_is_flagged_incomplete_with_a_chinese_warning()
    {
        using var client = await App.ClientAsAsync("zhifa1");
        var result = await GetJsonAsync(client, "/api/calendar/deadline?from=2029-09-27&amount=5&unit=workingDays");
        Assert.False(result.GetProperty("calendarComplete").GetBoolean());
        Assert.Contains("2029", result.GetProperty("warning").GetString());
    }

    [Theory]
    [InlineData("from=2023-09-27&amount=5&unit=weeks", "unit")]
    [InlineData("from=2023-09-27&amount=5", "unit")]
    [InlineData("from=2023-09-27&amount=-1&unit=days", "amount")]
    [InlineData("from=2023-09-27&amount=99999&unit=workingDays", "amount")]
    [InlineData("from=2023-09-27&amount=abc&unit=days", "amount")]
    [InlineData("from=2023-02-30&amount=5&unit=days", "from")]
    [InlineData("from=27/09/2023&amount=5&unit=days", "from")]
    [InlineData("amount=5&unit=days", "from")]
    public async Task Bad_deadline_input_answers_400_naming_the_field(string query, string field)
    {
        using var client = await App.ClientAsAsync("zhifa1");
        await AssertFieldErrorAsync(await client.GetAsync($"/api/calendar/deadline?{query}"), field);
    }

    [Fact]
    public async Task A_malformed_date_answers_400_naming_the_date()
    {
        using var client = await App.ClientAsAsync("zhifa1");
        await AssertFieldErrorAsync(await client.GetAsync("/api/calendar/2023-1-7"), "date");
    }

    private const string Arrangement2027 = "2027-01-01\tholiday\t元旦\n2027-02-06\tholiday\t春节\n2027-02-07\tholiday\t春节\n2027-02-20\tworkday\t春节\n2027-10-01\tholiday\t国庆节\n";

    [Fact]
    public async Task An_administrator_loads_next_years_arrangement_and_deadlines_use_it()
    {
        using var admin = await App.ClientAsAsync("admin");
        var preview = await admin.PostAsJsonAsync("/api/calendar/import/preview", new { year = 2027, text = Arrangement2027 });
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(5, (await JsonAsync(preview)).GetProperty("added").GetInt32());

        var import = await admin.PostAsJsonAsync("/api/calendar/import", new { year = 2027, text = Arrangement2027, source = "测试通知" });
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);

        var day = await GetJsonAsync(admin, "/api/calendar/2027-02-20");
        Assert.Equal("makeupWorkday", day.GetProperty("kind").GetString());
        var deadline = await GetJsonAsync(admin, "/api/calendar/deadline?from=2027-03-01&amount=5&unit=workingDays");
        Assert.True(deadline.GetProperty("calendarComplete").GetBoolean());

        var log = await GetJsonAsync(admin, "/api/logs/operations?entityType=CalendarYear&pageSize=50");
        Assert.Contains(log.GetProperty("items").EnumerateArray(), r => r.GetProperty("entityKey").GetString() == "2027" && r.GetProperty("userName").GetString() == "admin");
    }

    [Fact]
    public async Task A_bad_arrangement_is_refused_and_changes_nothing()
    {
        using var admin = await App.ClientAsAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/calendar/import", new { year = 2028, text = "2028-01-01\tholiday\t元旦\n2028-13-01\tholiday\t坏日期\n2028-03-01\tworkday\t周三不能调休\n" });
        await AssertFieldErrorAsync(response, "text");
        var day = await GetJsonAsync(admin, "/api/calendar/2028-01-03");
        Assert.Equal("workday", day.GetProperty("kind").GetString());
        var years = await GetJsonAsync(admin, "/api/calendar/years");
        Assert.DoesNotContain(years.EnumerateArray(), y => y.GetProperty("year").GetInt32() == 2028);
    }

    [Fact]
    public async Task Only_calendar_maintainers_may_change_the_calendar()
    {
        using var officer = await App.ClientAsAsync("zhifa1");
        var response = await officer.PutAsJsonAsync("/api/calendar/days/2023-10-09", new { kind = "holiday", name = "私设假日" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_make_up_working_day_must_fall_on_a_weekend()
    {
        using var admin = await App.ClientAsAsync("admin");
        await AssertFieldErrorAsync(await admin.PutAsJsonAsync("/api/calendar/days/2026-03-04", new { kind = "makeupWorkday", name = "测试" }), "kind");
        var edited = await admin.PutAsJsonAsync("/api/calendar/days/2026-03-07", new { kind = "makeupWorkday", name = "测试调休" });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("makeupWorkday", (await JsonAsync(edited)).GetProperty("kind").GetString());
    }
}

public sealed class CalendarApiTests_Sqlite(SqliteApp app) : CalendarApiTests<SqliteApp>(app);

public sealed class CalendarApiTests_Postgres(PostgresApp app) : CalendarApiTests<PostgresApp>(app);
