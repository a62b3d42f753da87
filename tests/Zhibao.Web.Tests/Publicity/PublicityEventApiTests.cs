using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Publicity;

/// <summary>宣传活动: the API of issue 9's Publicity part — CRUD, date rules, photos, data scope, counts for the plan, media log.</summary>
public abstract class PublicityEventApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private static object Event(string type, string title, string start, string? end = null, string? dateNote = null, int? unitId = null,
        int audience = 0, int? enterprises = null, int[]? partyIds = null, int[]? partners = null, string? visitors = null, object[]? questions = null,
        string? place = "北辰区文化中心") =>
        new
        {
            type, title, startDate = start, endDate = end, dateNote, place, unitId, audienceCount = audience, enterprisesReached = enterprises,
            partyIds, partnerUnitIds = partners, visitors, questions, summary = "活动总结",
        };

    private static async Task<JsonElement> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/publicity/events", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await JsonAsync(response);
        Assert.Equal($"/api/publicity/events/{created.GetProperty("id").GetInt32()}", response.Headers.Location?.OriginalString);
        return created;
    }

    private static async Task<int> TotalAsync(HttpClient client, string query) =>
        (await GetJsonAsync(client, "/api/publicity/events?" + query)).GetProperty("total").GetInt32();

    [Fact]
    public async Task A_four_twenty_six_week_event_is_recorded_with_partners_and_enterprises_and_found_in_the_list()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var centre = await CaseTestData.UnitIdAsync(App, "EX-TJIPPC");
        var section = await CaseTestData.UnitIdAsync(App, "BC-ZSCQ");
        var enterprise = await CaseTestData.EnterpriseAsync(App, "天津宣传周参会有限公司", 7001);

        var created = await CreateAsync(head, Event("ipWeek", "2023年知识产权宣传周企业培训", "2023-04-26", "2023-05-02", unitId: section,
            audience: 120, enterprises: 15, partyIds: [enterprise], partners: [centre]));

        Assert.Equal("ipWeek", created.GetProperty("type").GetString());
        Assert.Equal("4·26宣传周", created.GetProperty("typeName").GetString());
        Assert.Equal("2023-05-02", created.GetProperty("endDate").GetString());
        Assert.Equal("知识产权科", created.GetProperty("orgUnitName").GetString());
        Assert.Equal("天津市知识产权保护中心", created.GetProperty("partnerUnits")[0].GetProperty("name").GetString());
        Assert.Equal("天津宣传周参会有限公司", created.GetProperty("parties")[0].GetProperty("name").GetString());
        Assert.Equal(15, created.GetProperty("enterprisesReached").GetInt32());
        Assert.Equal(120, created.GetProperty("audienceCount").GetInt32());

        var list = await GetJsonAsync(head, $"/api/publicity/events?type=ipWeek&year=2023&search={Uri.EscapeDataString("宣传周企业培训")}");
        var row = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(created.GetProperty("id").GetInt32(), row.GetProperty("id").GetInt32());
        Assert.Equal("天津市知识产权保护中心", row.GetProperty("partners").GetString());
        Assert.Equal(0, await TotalAsync(head, $"type=ipWeek&year=2022&search={Uri.EscapeDataString("宣传周企业培训")}"));
        Assert.Equal(0, await TotalAsync(head, $"type=consumerRightsDay&search={Uri.EscapeDataString("宣传周企业培训")}"));

        // One-day events need no end date; enterprises reached default to the enterprises linked.
        var lecture = await CreateAsync(head, Event("公益讲座", "商标保护公益讲座", "2023-06-08", partyIds: [enterprise]));
        Assert.Equal("2023-06-08", lecture.GetProperty("endDate").GetString());
        Assert.Equal(1, lecture.GetProperty("enterprisesReached").GetInt32());
    }

    [Theory]
    [InlineData("consumerRightsDay", "2023-03-15", null, null, null)]
    [InlineData("consumerRightsDay", "2023-03-14", null, null, "dateNote")]
    [InlineData("consumerRightsDay", "2023-03-16", null, "3·15系列宣传活动", null)]
    [InlineData("consumerRightsDay", "2023-02-28", "2023-03-15", "3·15系列宣传活动", "startDate")]
    [InlineData("consumerRightsDay", "2023-03-15", "2023-04-01", "3·15系列宣传活动", "endDate")]
    [InlineData("ipWeek", "2023-04-25", null, null, "startDate")]
    [InlineData("ipWeek", "2023-04-26", null, null, null)]
    [InlineData("ipWeek", "2023-05-02", null, null, null)]
    [InlineData("ipWeek", "2023-05-03", null, null, "startDate")]
    [InlineData("ipWeek", "2023-04-30", "2023-05-03", null, "endDate")]
    [InlineData("publicLecture", "2023-06-02", "2023-06-01", null, "endDate")]
    public async Task Date_rules_hold_at_their_boundaries_and_a_refused_event_is_not_saved(string type, string start, string? end, string? note, string? field)
    {
        using var head = await App.ClientAsAsync("kezhang");
        var title = $"日期规则{type}{start}{end}{note}";

        var response = await head.PostAsJsonAsync("/api/publicity/events", Event(type, title, start, end, note));

        if (field is null)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }
        else
        {
            await AssertFieldErrorAsync(response, field);
            Assert.Equal(0, await TotalAsync(head, $"search={Uri.EscapeDataString(title)}"));
        }
    }

    [Fact]
    public async Task Bad_input_answers_400_naming_the_field()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var person = await PublicityTestData.PersonAsync(App, "宣传个人", PublicityTestData.IdNumber(701), "天津市北辰区某路1号", "13800000701");
        var enterprise = await CaseTestData.EnterpriseAsync(App, "天津覆盖企业有限公司", 7002);
        var external = await CaseTestData.UnitIdAsync(App, "EX-BCCOURT");

        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/publicity/events", Event("展会", "类型无效", "2023-06-01")), "type");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/publicity/events", Event("publicLecture", "", "2023-06-01")), "title");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/publicity/events", Event("publicLecture", "人数为负", "2023-06-01", audience: -1)), "audienceCount");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/publicity/events",
            Event("publicLecture", "企业数少于关联企业", "2023-06-01", enterprises: 0, partyIds: [enterprise])), "enterprisesReached");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/publicity/events", Event("publicLecture", "关联个人", "2023-06-01", partyIds: [person])), "partyIds");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/publicity/events", Event("publicLecture", "外部承办", "2023-06-01", unitId: external)), "unitId");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/publicity/events", Event("enterpriseVisit", "走访无人员", "2023-06-01",
            questions: [new { question = "商标被抢注怎么办？", answer = "可申请宣告无效" }])), "visitors");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/publicity/events", Event("enterpriseVisit", "走访无问答", "2023-06-01", visitors: "王科长")), "questions");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/publicity/events", Event("enterpriseVisit", "走访无解答", "2023-06-01", visitors: "王科长",
            questions: [new { question = "商标被抢注怎么办？", answer = "" }])), "questions[0].answer");
        await AssertFieldErrorAsync(await head.GetAsync("/api/publicity/events?year=1999"), "year");
        await AssertFieldErrorAsync(await head.GetAsync("/api/publicity/events?type=展会"), "type");
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync("/api/publicity/events/999999")).StatusCode);
    }

    [Fact]
    public async Task An_enterprise_visit_records_who_went_when_and_the_questions_with_their_answers()
    {
        using var officer = await App.ClientAsAsync("suo1");
        var enterprise = await CaseTestData.EnterpriseAsync(App, "天津走访食品有限公司", 7003);

        var created = await CreateAsync(officer, Event("enterpriseVisit", "深入企业解疑答惑", "2023-07-11", visitors: "孙所长、周执法", partyIds: [enterprise],
            questions:
            [
                new { partyId = (int?)enterprise, enterpriseName = "天津走访食品有限公司", question = "包装上能否使用他人商标近似的图案？", answer = "不能，可能构成商标侵权" },
                new { partyId = (int?)null, enterpriseName = "某商户", question = "假冒专利如何认定？", answer = "依《专利法实施细则》相关规定认定" },
            ]));

        Assert.Equal("走访企业", created.GetProperty("typeName").GetString());
        Assert.Equal("孙所长、周执法", created.GetProperty("visitors").GetString());
        Assert.Equal("天穆市场监督管理所", created.GetProperty("orgUnitName").GetString()); // the user's unit by default
        var questions = created.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal(2, questions.Count);
        Assert.Equal("不能，可能构成商标侵权", questions[0].GetProperty("answer").GetString());
        Assert.Equal("某商户", questions[1].GetProperty("enterpriseName").GetString());
    }

    [Fact]
    public async Task A_station_user_sees_its_own_events_and_not_another_stations()
    {
        using var tianmu = await App.ClientAsAsync("suo1");
        using var beicang = await App.ClientAsAsync("suo2");
        using var head = await App.ClientAsAsync("kezhang");
        var created = await CreateAsync(tianmu, Event("integrityPromotion", "天穆诚信经营宣传", "2023-08-08"));
        var id = created.GetProperty("id").GetInt32();
        var search = $"search={Uri.EscapeDataString("天穆诚信经营宣传")}";

        Assert.Equal(1, await TotalAsync(tianmu, search));
        Assert.Equal(0, await TotalAsync(beicang, search));
        Assert.Equal(1, await TotalAsync(head, search)); // 知识产权科 sees every unit
        Assert.Equal(HttpStatusCode.NotFound, (await beicang.GetAsync($"/api/publicity/events/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beicang.PutAsJsonAsync($"/api/publicity/events/{id}", Event("integrityPromotion", "改名", "2023-08-08"))).StatusCode);

        // A station cannot record an event for another station.
        var beicangUnit = await CaseTestData.UnitIdAsync(App, "BC-BC");
        await AssertFieldErrorAsync(await tianmu.PostAsJsonAsync("/api/publicity/events", Event("publicLecture", "替北仓登记", "2023-08-09", unitId: beicangUnit)), "unitId");
        // Nor ask for another station's counts.
        await AssertFieldErrorAsync(await tianmu.GetAsync($"/api/publicity/events/counts?year=2023&unitId={beicangUnit}"), "unitId");
    }

    [Fact]
    public async Task A_stale_version_answers_409_and_keeps_the_first_save()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var created = await CreateAsync(head, Event("caseLawTalk", "以案释法进市场", "2023-09-05", audience: 40));
        var id = created.GetProperty("id").GetInt32();
        var version = created.GetProperty("version").GetInt32();

        var first = await head.PutAsJsonAsync($"/api/publicity/events/{id}", new
        {
            type = "caseLawTalk", title = "以案释法进市场", startDate = "2023-09-05", audienceCount = 45, version,
        });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(45, (await JsonAsync(first)).GetProperty("audienceCount").GetInt32());
        var second = await head.PutAsJsonAsync($"/api/publicity/events/{id}", new
        {
            type = "caseLawTalk", title = "以案释法进市场", startDate = "2023-09-05", audienceCount = 99, version,
        });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("已被他人修改", (await JsonAsync(second)).GetProperty("detail").GetString());
        Assert.Equal(45, (await GetJsonAsync(head, $"/api/publicity/events/{id}")).GetProperty("audienceCount").GetInt32());
    }

    [Fact]
    public async Task Photos_are_images_within_the_size_limit_and_are_served_back_and_removed()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var id = (await CreateAsync(head, Event("enterpriseTraining", "企业商标培训", "2023-09-12"))).GetProperty("id").GetInt32();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];
        static MultipartFormDataContent Upload(byte[] content, string name, string kind)
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "file", name);
            form.Add(new StringContent(kind), "kind");
            return form;
        }

        var uploaded = await head.PostAsync($"/api/publicity/events/{id}/files", Upload(png, "现场.png", "photo"));
        Assert.True(uploaded.StatusCode == HttpStatusCode.OK, await uploaded.Content.ReadAsStringAsync());
        var file = Assert.Single((await JsonAsync(uploaded)).GetProperty("files").EnumerateArray());
        Assert.Equal("照片", file.GetProperty("kindName").GetString());
        Assert.Equal("image/png", file.GetProperty("contentType").GetString());
        var served = await head.GetAsync(file.GetProperty("url").GetString());
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await served.Content.ReadAsByteArrayAsync());

        await AssertFieldErrorAsync(await head.PostAsync($"/api/publicity/events/{id}/files", Upload([1, 2, 3], "讲义.pdf", "photo")), "file");
        await AssertFieldErrorAsync(await head.PostAsync($"/api/publicity/events/{id}/files", Upload([1, 2, 3], "程序.exe", "material")), "file");
        await AssertFieldErrorAsync(await head.PostAsync($"/api/publicity/events/{id}/files", Upload([], "空白.png", "photo")), "file");
        await AssertFieldErrorAsync(await head.PostAsync($"/api/publicity/events/{id}/files", Upload(png, "现场.png", "video")), "kind");
        var material = await head.PostAsync($"/api/publicity/events/{id}/files", Upload([1, 2, 3], "讲义.pdf", "material"));
        Assert.Equal(HttpStatusCode.OK, material.StatusCode);

        var deleted = await head.DeleteAsync($"/api/publicity/events/{id}/files/{file.GetProperty("id").GetInt32()}");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal("讲义.pdf", Assert.Single((await JsonAsync(deleted)).GetProperty("files").EnumerateArray()).GetProperty("fileName").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync(file.GetProperty("url").GetString())).StatusCode);
    }

    [Fact]
    public async Task Counts_for_the_plan_give_each_type_the_two_campaign_days_audience_enterprises_and_media()
    {
        using var officer = await App.ClientAsAsync("kezhang");
        var unit = await CaseTestData.UnitIdAsync(App, "BC-RJ");
        var enterprise = await CaseTestData.EnterpriseAsync(App, "天津瑞景走访有限公司", 7004);
        await CreateAsync(officer, Event("consumerRightsDay", "瑞景3·15现场咨询", "2021-03-15", unitId: unit, audience: 200, enterprises: 12));
        var week = await CreateAsync(officer, Event("ipWeek", "瑞景知识产权宣传周", "2021-04-26", "2021-04-30", unitId: unit, audience: 80, enterprises: 8));
        await CreateAsync(officer, Event("publicLecture", "瑞景公益讲座", "2021-06-01", unitId: unit, audience: 30));
        await CreateAsync(officer, Event("enterpriseVisit", "瑞景走访", "2021-07-01", unitId: unit, partyIds: [enterprise], visitors: "王科长",
            questions: [new { question = "问一", answer = "答一" }, new { question = "问二", answer = "答二" }]));
        await CreateAsync(officer, Event("consumerRightsDay", "瑞景次年3·15", "2022-03-15", unitId: unit, audience: 999));
        var report = await officer.PostAsJsonAsync("/api/publicity/media", new
        {
            channel = "新媒体", outlet = "北辰融媒", title = "瑞景所开展知识产权宣传周活动", link = "https://example.cn/news/1", publishedOn = "2021-04-27",
            views = 1500, eventId = week.GetProperty("id").GetInt32(),
        });
        Assert.True(report.StatusCode == HttpStatusCode.Created, await report.Content.ReadAsStringAsync());

        var counts = await GetJsonAsync(officer, $"/api/publicity/events/counts?year=2021&unitId={unit}");

        Assert.Equal(4, counts.GetProperty("events").GetInt32());
        Assert.True(counts.GetProperty("consumerRightsDayHeld").GetBoolean());
        Assert.Equal(1, counts.GetProperty("consumerRightsDayEvents").GetInt32());
        Assert.True(counts.GetProperty("ipWeekHeld").GetBoolean());
        Assert.Equal(310, counts.GetProperty("audienceTotal").GetInt32());
        Assert.Equal(21, counts.GetProperty("enterprisesReachedTotal").GetInt32());
        Assert.Equal(1, counts.GetProperty("enterpriseVisits").GetInt32());
        Assert.Equal(2, counts.GetProperty("questionsAnswered").GetInt32());
        Assert.Equal(1, counts.GetProperty("mediaReports").GetInt32());
        Assert.Equal(1500, counts.GetProperty("mediaViews").GetInt64());
        var lecture = counts.GetProperty("byType").EnumerateArray().Single(t => t.GetProperty("type").GetString() == "publicLecture");
        Assert.Equal(1, lecture.GetProperty("events").GetInt32());
        Assert.Equal(30, lecture.GetProperty("audience").GetInt32());

        var next = await GetJsonAsync(officer, $"/api/publicity/events/counts?year=2022&unitId={unit}");
        Assert.False(next.GetProperty("ipWeekHeld").GetBoolean());
        Assert.Equal(999, next.GetProperty("audienceTotal").GetInt32());

        // The event shows its media report; the media log lists it.
        var detail = await GetJsonAsync(officer, $"/api/publicity/events/{week.GetProperty("id").GetInt32()}");
        Assert.Equal("北辰融媒", Assert.Single(detail.GetProperty("mediaReports").EnumerateArray()).GetProperty("outlet").GetString());
        var media = await GetJsonAsync(officer, $"/api/publicity/media?year=2021&unitId={unit}");
        Assert.Equal("瑞景知识产权宣传周", Assert.Single(media.GetProperty("items").EnumerateArray()).GetProperty("eventTitle").GetString());
    }

    [Fact]
    public async Task A_media_report_needs_a_dictionary_channel_a_past_date_and_a_web_link()
    {
        using var head = await App.ClientAsAsync("kezhang");
        object Report(string channel, string date, string? link = null, int? views = null) =>
            new { channel, title = "某报道", publishedOn = date, link, views };

        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/publicity/media", Report("微博", "2023-10-01")), "channel");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/publicity/media", Report("报刊", "2023-10-10")), "publishedOn"); // tomorrow
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/publicity/media", Report("报刊", "2023-10-01", "ftp://x")), "link");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/publicity/media", Report("报刊", "2023-10-01", views: -5)), "views");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/publicity/media", new { channel = "报刊", title = "某报道", publishedOn = "2023-10-01", eventId = 999999 }), "eventId");
        var website = await head.PostAsJsonAsync("/api/publicity/media", Report("网站", "2023-10-09", "http://scjg.tjbc.gov.cn/1.html", 10));
        Assert.Equal(HttpStatusCode.Created, website.StatusCode);
        Assert.Equal("门户网站", (await JsonAsync(website)).GetProperty("channel").GetString());
    }

    [Fact]
    public async Task The_export_lists_the_filtered_events_in_excel()
    {
        using var head = await App.ClientAsAsync("kezhang");
        await CreateAsync(head, Event("integrityPromotion", "导出测试诚信宣传", "2023-05-20", audience: 66));

        var response = await head.GetAsync($"/api/publicity/events/export?search={Uri.EscapeDataString("导出测试诚信宣传")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var row = Assert.Single(stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>());
        Assert.Equal("诚信宣传", row["活动类型"]?.ToString());
        Assert.Equal("2023-05-20", row["开始日期"]?.ToString());
        Assert.Equal("66", row["参加人数"]?.ToString());
    }
}

public sealed class PublicityEventApiTests_Sqlite(SqliteApp app) : PublicityEventApiTests<SqliteApp>(app);

public sealed class PublicityEventApiTests_Postgres(PostgresApp app) : PublicityEventApiTests<PostgresApp>(app);
