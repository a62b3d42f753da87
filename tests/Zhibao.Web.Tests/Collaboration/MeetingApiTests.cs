using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Zhibao.Data.Entities;
using Zhibao.Web.Tests.Cases;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Collaboration;

/// <summary>协调会: bodies, decisions, follow-up tasks with owners and deadlines; bad input, stale versions, overdue follow-ups, export.</summary>
public abstract class MeetingApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    [Fact]
    public async Task A_meeting_records_decisions_and_follow_ups_and_refuses_bad_input_and_stale_versions()
    {
        var section = await CaseTestData.UnitIdAsync(App, "BC-ZSCQ");
        var police = await CaseTestData.UnitIdAsync(App, "EX-BCPSB");
        var court = await CaseTestData.UnitIdAsync(App, "EX-BCCOURT");
        var other = await CaseTestData.UnitIdAsync(App, "EX-HBLF");
        using var head = await App.ClientAsAsync("kezhang");
        var before = await CollaborationTestData.CountAsync<CoordinationMeeting>(App);

        var bad = await head.PostAsJsonAsync("/api/meetings", new
        {
            title = "", heldOn = "2023-10-09", unitId = section, bodyUnitIds = new[] { police }, decisions = "",
            followUps = new object[] { new { content = "建立线索移送台账", ownerUnitId = other } },
        });
        Assert.Equal(["decisions", "followUps[0].dueOn", "followUps[0].ownerUnitId", "title"], Problems.Fields(await Problems.ErrorsAsync(bad)));
        Assert.Equal(before, await CollaborationTestData.CountAsync<CoordinationMeeting>(App));

        var response = await head.PostAsJsonAsync("/api/meetings", new
        {
            title = "2023年第三季度知识产权保护行政执法与刑事司法衔接联席会议", heldOn = "2023-09-15", place = "区市场监管局第一会议室", unitId = section,
            bodyUnitIds = new[] { police, court }, otherBodies = "区检察院", decisions = "一、建立线索双向移送机制\n二、每季度召开一次联席会议",
            followUps = new object[]
            {
                new { content = "起草线索移送工作细则", ownerUnitId = section, ownerName = "王科长", dueOn = "2023-09-30" },
                new { content = "提供近三年涉知识产权刑事案件情况", ownerUnitId = police, ownerName = "张警官", dueOn = "2023-10-31" },
            },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await JsonAsync(response);
        var id = created.GetProperty("id").GetInt32();
        var followUps = created.GetProperty("followUps").EnumerateArray().ToList();
        Assert.True(followUps[0].GetProperty("overdue").GetBoolean()); // due 2023-09-30, not done on 2023-10-09
        Assert.False(followUps[1].GetProperty("overdue").GetBoolean());

        // The section reports its follow-up done; the other keeps its id and owner.
        var edit = new
        {
            title = created.GetProperty("title").GetString(), heldOn = "2023-09-15", place = "区市场监管局第一会议室", unitId = section,
            bodyUnitIds = new[] { police, court }, otherBodies = "区检察院", decisions = created.GetProperty("decisions").GetString(),
            followUps = new object[]
            {
                new { id = followUps[0].GetProperty("id").GetInt32(), content = "起草线索移送工作细则", ownerUnitId = section, ownerName = "王科长", dueOn = "2023-09-30", status = "done", doneOn = "2023-10-08" },
                new { id = followUps[1].GetProperty("id").GetInt32(), content = "提供近三年涉知识产权刑事案件情况", ownerUnitId = police, ownerName = "张警官", dueOn = "2023-10-31" },
            },
            version = created.GetProperty("version").GetInt32(),
        };
        var saved = await JsonAsync(await head.PutAsJsonAsync($"/api/meetings/{id}", edit));
        var first = saved.GetProperty("followUps")[0];
        Assert.Equal("已完成", first.GetProperty("statusName").GetString());
        Assert.Equal("2023-10-08", first.GetProperty("doneOn").GetString());
        Assert.False(first.GetProperty("overdue").GetBoolean());
        Assert.Equal(followUps[1].GetProperty("id").GetInt32(), saved.GetProperty("followUps")[1].GetProperty("id").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await head.PutAsJsonAsync($"/api/meetings/{id}", edit)).StatusCode);

        var counts = (await GetJsonAsync(head, $"/api/operations/counts?year=2023&unitId={section}")).GetProperty("meetings");
        Assert.Equal(1, counts.GetProperty("total").GetInt32());
        Assert.Equal(1, counts.GetProperty("followUpsDone").GetInt32());

        var export = await head.GetAsync("/api/meetings/export?year=2023&search=" + Uri.EscapeDataString("联席会议"));
        using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var row = Assert.Single(stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>());
        Assert.Equal("天津市公安局北辰分局、天津市北辰区人民法院、区检察院", row["参会单位"]?.ToString());
        Assert.Equal("1", row["已完成"]?.ToString());

        // A unit outside the meeting's scope does not see it.
        using var station = await App.ClientAsAsync("suo2");
        Assert.Equal(HttpStatusCode.NotFound, (await station.GetAsync($"/api/meetings/{id}")).StatusCode);
    }
}

public sealed class MeetingApiTests_Sqlite(SqliteApp app) : MeetingApiTests<SqliteApp>(app);

public sealed class MeetingApiTests_Postgres(PostgresApp app) : MeetingApiTests<PostgresApp>(app);
