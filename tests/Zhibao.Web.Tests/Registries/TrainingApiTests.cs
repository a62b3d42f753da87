using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhibao.Web.Registries;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Registries;

/// <summary>业务培训 (CLARIFICATIONS "Training"): sessions scheduled, officers enrolled, attendance credits hours to each officer.</summary>
public abstract class TrainingApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private DateOnly Today => Zhibao.Web.Platform.Clock.Today(App.Clock);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<JsonElement> PostOkAsync(HttpClient client, string url, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync(url, body);
        Assert.True(response.StatusCode == expected, $"POST {url} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await JsonAsync(response);
    }

    [Fact]
    public async Task Attendance_credits_the_session_hours_to_each_attending_officer()
    {
        using var kezhang = await App.ClientAsAsync("kezhang");
        var li = await RegistryTestData.OfficerIdAsync(App, "zhifa1");
        var zhao = await RegistryTestData.OfficerIdAsync(App, "zhifa2");
        var sun = await RegistryTestData.OfficerIdAsync(App, "suo1");

        var created = await PostOkAsync(kezhang, "/api/trainings", new
        {
            title = "商标侵权判断标准专题培训", heldOn = Day(Today), hours = 6, organiser = "知识产权科", location = "区局三楼会议室", officerIds = new[] { li, zhao },
        }, HttpStatusCode.Created);
        var id = created.GetProperty("session").GetProperty("id").GetInt32();
        Assert.Equal(2, created.GetProperty("session").GetProperty("enrolled").GetInt32());
        Assert.All(created.GetProperty("attendees").EnumerateArray(), a => Assert.Equal("待登记", a.GetProperty("attendanceName").GetString()));

        await PostOkAsync(kezhang, $"/api/trainings/{id}/enrolments", new { officerIds = new[] { zhao, sun } });
        var recorded = await PostOkAsync(kezhang, $"/api/trainings/{id}/attendance", new
        {
            records = new object[]
            {
                new { officerId = li, attended = true, certificateNumber = "PX-2023-001" },
                new { officerId = zhao, attended = false },
                new { officerId = sun, attended = true, hours = 4.5 },
            },
        });
        var session = recorded.GetProperty("session");
        Assert.Equal((3, 2, 10.5m), (session.GetProperty("enrolled").GetInt32(), session.GetProperty("attended").GetInt32(), session.GetProperty("hoursCredited").GetDecimal()));
        var byOfficer = recorded.GetProperty("attendees").EnumerateArray().ToDictionary(a => a.GetProperty("officerId").GetInt32());
        Assert.Equal(("出勤", 6m), (byOfficer[li].GetProperty("attendanceName").GetString(), byOfficer[li].GetProperty("hoursCredited").GetDecimal()));
        Assert.Equal(("缺勤", 0m), (byOfficer[zhao].GetProperty("attendanceName").GetString(), byOfficer[zhao].GetProperty("hoursCredited").GetDecimal()));
        Assert.Equal(4.5m, byOfficer[sun].GetProperty("hoursCredited").GetDecimal());

        // A second session adds to 李执法's total; his record lists both, newest first.
        var second = await PostOkAsync(kezhang, "/api/trainings", new
        {
            title = "专利侵权纠纷行政裁决实务", heldOn = Day(Today.AddDays(-7)), hours = 2.5, organiser = "天津市知识产权局", officerIds = new[] { li },
        }, HttpStatusCode.Created);
        await PostOkAsync(kezhang, $"/api/trainings/{second.GetProperty("session").GetProperty("id").GetInt32()}/attendance",
            new { records = new[] { new { officerId = li, attended = true } } });
        var officer = await GetJsonAsync(kezhang, $"/api/officers/{li}");
        Assert.Equal(8.5m, officer.GetProperty("trainingHours").GetDecimal());
        var trainings = officer.GetProperty("trainings").EnumerateArray().ToList();
        Assert.Equal(["商标侵权判断标准专题培训", "专利侵权纠纷行政裁决实务"], trainings.Select(t => t.GetProperty("title").GetString()));
        Assert.Equal("PX-2023-001", trainings[0].GetProperty("certificateNumber").GetString());
        Assert.Equal(0m, (await GetJsonAsync(kezhang, $"/api/officers/{zhao}")).GetProperty("trainingHours").GetDecimal());

        // Recording again corrects the record: 赵执法 came after all.
        await PostOkAsync(kezhang, $"/api/trainings/{id}/attendance", new { records = new[] { new { officerId = zhao, attended = true } } });
        Assert.Equal(6m, (await GetJsonAsync(kezhang, $"/api/officers/{zhao}")).GetProperty("trainingHours").GetDecimal());

        var list = await GetJsonAsync(kezhang, $"/api/trainings?keyword={Uri.EscapeDataString("商标侵权判断")}");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(16.5m, list.GetProperty("items")[0].GetProperty("hoursCredited").GetDecimal());
    }

    [Fact]
    public async Task Bad_training_input_answers_400_in_Chinese_and_records_nothing()
    {
        using var kezhang = await App.ClientAsAsync("kezhang");
        var wu = await RegistryTestData.OfficerIdAsync(App, "suo2");
        await AssertFieldErrorAsync(await kezhang.PostAsJsonAsync("/api/trainings", new { title = "", heldOn = Day(Today), hours = 0, organiser = "知识产权科" }), "title");
        await AssertFieldErrorAsync(await kezhang.PostAsJsonAsync("/api/trainings", new { title = "培训", heldOn = Day(Today), hours = 0, organiser = "知识产权科" }), "hours");
        await AssertFieldErrorAsync(await kezhang.PostAsJsonAsync("/api/trainings", new { title = "培训", heldOn = Day(Today), hours = 2, organiser = "知识产权科", officerIds = new[] { 999999 } }), "officerIds");

        var future = await PostOkAsync(kezhang, "/api/trainings", new { title = "下月培训", heldOn = Day(Today.AddDays(30)), hours = 3, organiser = "知识产权科", officerIds = new[] { wu } },
            HttpStatusCode.Created);
        var id = future.GetProperty("session").GetProperty("id").GetInt32();
        var early = await kezhang.PostAsJsonAsync($"/api/trainings/{id}/attendance", new { records = new[] { new { officerId = wu, attended = true } } });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("举行后才能登记出勤", (await JsonAsync(early)).GetProperty("errors").GetProperty("records")[0].GetString());
        Assert.Equal(0m, (await GetJsonAsync(kezhang, $"/api/officers/{wu}")).GetProperty("trainings").EnumerateArray()
            .Where(t => t.GetProperty("sessionId").GetInt32() == id).Sum(t => t.GetProperty("hoursCredited").GetDecimal()));
        Assert.Equal(HttpStatusCode.NotFound, (await kezhang.PostAsJsonAsync("/api/trainings/999999/attendance", new { records = new[] { new { officerId = wu, attended = true } } })).StatusCode);

        using var readOnly = await App.ClientAsAsync("zhidu");
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.PostAsJsonAsync("/api/trainings", new { title = "x", heldOn = Day(Today), hours = 1, organiser = "y" })).StatusCode);
    }
}

public sealed class TrainingApiTests_Sqlite(SqliteApp app) : TrainingApiTests<SqliteApp>(app);

public sealed class TrainingApiTests_Postgres(PostgresApp app) : TrainingApiTests<PostgresApp>(app);

/// <summary>
/// 执法证到期预警: the daily job tells the bureau's 知识产权科 (and the officer) once when a certificate comes within 60 days
/// of its end and once when it has expired; the qualified count drops the day after (fake clock). Own app: moves the clock.
/// </summary>
public abstract class CertificateWarningTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    [Fact]
    public async Task A_certificate_ending_within_60_days_warns_the_ip_section_once_and_again_once_expired()
    {
        var warnings = App.Services.GetRequiredService<CertificateExpiryWarnings>();
        using var admin = await App.ClientAsAsync("admin");
        var today = Zhibao.Web.Platform.Clock.Today(App.Clock);
        var brigade = await RegistryTestData.UnitIdAsync(App, "BC-ZFDD");
        var kezhang = await RegistryTestData.WithDbAsync(App, db => db.Users.Where(u => u.UserName == "kezhang").Select(u => u.Id).SingleAsync());
        var response = await admin.PostAsJsonAsync("/api/officers", new
        {
            name = "孙将到期", orgUnitId = brigade, certificateNumber = "WARN-001", certificateValidFrom = today.AddYears(-3),
            certificateValidTo = today.AddDays(61), ipQualifiedOn = today.AddYears(-1),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var qualified = (await GetJsonAsync(admin, "/api/officers/qualified-count")).GetProperty("count").GetInt32();

        Task<List<string>> NoticesAsync() => RegistryTestData.WithDbAsync(App, db => db.Notifications.AsNoTracking()
            .Where(n => n.UserId == kezhang && n.Title.Contains("孙将到期")).OrderBy(n => n.Id).Select(n => n.Title).ToListAsync());

        await warnings.RunAsync(CancellationToken.None);
        Assert.Empty(await NoticesAsync());   // 61 days left: outside the window

        App.Clock.Advance(TimeSpan.FromDays(1));   // 60 days left
        await warnings.RunAsync(CancellationToken.None);
        await warnings.RunAsync(CancellationToken.None);   // a second run (or node) repeats nothing
        Assert.Equal(["执法证即将到期：孙将到期"], await NoticesAsync());
        var body = await RegistryTestData.WithDbAsync(App, db => db.Notifications.Where(n => n.UserId == kezhang && n.Title.Contains("孙将到期")).Select(n => n.Body).SingleAsync());
        Assert.Contains("剩60日", body);

        App.Clock.Advance(TimeSpan.FromDays(30));
        await warnings.RunAsync(CancellationToken.None);
        Assert.Single(await NoticesAsync());

        App.Clock.Advance(TimeSpan.FromDays(30));   // the last valid day: still counted, no new warning
        await warnings.RunAsync(CancellationToken.None);
        Assert.Single(await NoticesAsync());
        using (var sameDay = await App.ClientAsAsync("admin"))
        {
            Assert.Equal(qualified, (await GetJsonAsync(sameDay, "/api/officers/qualified-count")).GetProperty("count").GetInt32());
        }

        App.Clock.Advance(TimeSpan.FromDays(1));   // expired
        await warnings.RunAsync(CancellationToken.None);
        Assert.Equal(["执法证即将到期：孙将到期", "执法证已过期：孙将到期"], await NoticesAsync());
        using var later = await App.ClientAsAsync("admin");
        Assert.Equal(qualified - 1, (await GetJsonAsync(later, "/api/officers/qualified-count")).GetProperty("count").GetInt32());
    }
}

public sealed class CertificateWarningTests_Sqlite(SqliteApp app) : CertificateWarningTests<SqliteApp>(app);

public sealed class CertificateWarningTests_Postgres(PostgresApp app) : CertificateWarningTests<PostgresApp>(app);
