using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhibao.Documents;
using Zhibao.Documents.Tests;
using Zhibao.Web.Cases;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Cases;

/// <summary>Evidence, documents, reminders and to-dos of a case, over the API.</summary>
public abstract partial class CaseFilesApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private async Task<(HttpClient Client, int Id)> FiledCaseAsync(string title, int seed)
    {
        var party = await CaseTestData.EnterpriseAsync(App, $"{title}公司", seed);
        var head = await App.ClientAsAsync("kezhang");
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd");
        var officers = new[] { await CaseTestData.OfficerIdAsync(App, "zhifa1"), await CaseTestData.OfficerIdAsync(App, "zhifa2") };
        var created = await JsonAsync(await head.PostAsJsonAsync("/api/penalty-cases", new
        {
            title, subject = "商标侵权", source = "投诉", leadReceivedOn = today, officerIds = officers,
            parties = new[] { new { partyId = party, role = "respondent" } },
            rights = new[] { new { kind = "trademark", number = "7654321", niceClass = 25, name = "飞鸽", holder = "天津飞鸽自行车有限公司" } },
        }));
        var id = created.GetProperty("id").GetInt32();
        var filed = await head.PostAsJsonAsync($"/api/cases/{id}/actions/file", new { });
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        return (head, id);
    }

    [Fact]
    public async Task A_filing_approval_form_is_generated_from_the_case_filed_with_its_hash_and_readable_by_LibreOffice()
    {
        var (head, id) = await FiledCaseAsync("某车行销售侵权自行车案", 2001);
        using var _ = head;
        var download = await head.GetAsync($"/api/cases/{id}/documents/filingApproval");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        var c = await GetJsonAsync(head, $"/api/cases/{id}");
        using var office = new LibreOffice();
        var text = office.ToText(bytes);
        Assert.Contains("立案审批表", text);
        Assert.Contains(c.GetProperty("caseNumber").GetString()!, text);
        Assert.Contains("某车行销售侵权自行车案公司", text);
        Assert.Contains("李执法", text);
        Assert.Contains("第7654321号“飞鸽”注册商标专用权", text);
        Assert.DoesNotContain("{{", text);

        var filed = await head.PostAsync($"/api/cases/{id}/documents/filingApproval", null);
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        var attachment = (await JsonAsync(filed)).GetProperty("attachments").EnumerateArray().Single(a => a.GetProperty("category").GetString() == "文书");
        var stored = await head.GetByteArrayAsync($"/api/cases/{id}/attachments/{attachment.GetProperty("id").GetInt32()}");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(stored)), attachment.GetProperty("sha256").GetString());

        // A decision document before any decision is refused, not produced half empty.
        Assert.Equal(HttpStatusCode.Conflict, (await head.GetAsync($"/api/cases/{id}/documents/penaltyDecision")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync($"/api/cases/{id}/documents/letter")).StatusCode);
    }

    [Fact]
    public async Task A_replacement_template_must_be_a_docx_with_known_placeholders_and_can_be_reset()
    {
        using var head = await App.ClientAsAsync("kezhang");
        static MultipartFormDataContent Upload(byte[] content, string name)
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "file", name);
            return form;
        }
        await AssertFieldErrorAsync(await head.PutAsync("/api/document-templates/serviceReceipt", Upload("not a document"u8.ToArray(), "x.docx")), "file");
        await AssertFieldErrorAsync(await head.PutAsync("/api/document-templates/serviceReceipt", Upload([1, 2, 3], "x.pdf")), "file");

        var template = DefaultTemplates.Build(CaseDocumentKind.ServiceReceipt);
        Assert.Equal(HttpStatusCode.NoContent, (await head.PutAsync("/api/document-templates/serviceReceipt", Upload(template, "送达回证.docx"))).StatusCode);
        var rows = await GetJsonAsync(head, "/api/document-templates");
        Assert.True(rows.EnumerateArray().Single(r => r.GetProperty("kind").GetString() == "ServiceReceipt").GetProperty("isCustom").GetBoolean());

        using var officer = await App.ClientAsAsync("zhifa1");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsync("/api/document-templates/serviceReceipt", Upload(template, "送达回证.docx"))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await head.DeleteAsync("/api/document-templates/serviceReceipt")).StatusCode);
        rows = await GetJsonAsync(head, "/api/document-templates");
        Assert.False(rows.EnumerateArray().Single(r => r.GetProperty("kind").GetString() == "ServiceReceipt").GetProperty("isCustom").GetBoolean());
    }

    [Fact]
    public async Task Evidence_is_hashed_checked_against_the_settings_and_only_marked_deleted()
    {
        var (head, id) = await FiledCaseAsync("某店销售侵权服装案", 2002);
        using var _ = head;
        var photo = new byte[] { 0x89, 0x50, 0x4E, 0x47, 1, 2, 3, 4, 5 };
        MultipartFormDataContent Form(byte[] content, string name)
        {
            var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", name }, { new StringContent("证据"), "category" }, { new StringContent("现场照片"), "description" } };
            return form;
        }
        await AssertFieldErrorAsync(await head.PostAsync($"/api/cases/{id}/attachments", Form(photo, "run.exe")), "file");

        var uploaded = await head.PostAsync($"/api/cases/{id}/attachments", Form(photo, "现场照片.png"));
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var a = (await JsonAsync(uploaded)).GetProperty("attachments").EnumerateArray().Single(x => x.GetProperty("fileName").GetString() == "现场照片.png");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(photo)), a.GetProperty("sha256").GetString());
        var aid = a.GetProperty("id").GetInt32();

        await AssertFieldErrorAsync(await head.DeleteAsync($"/api/cases/{id}/attachments/{aid}"), "reason");
        var deleted = await head.DeleteAsync($"/api/cases/{id}/attachments/{aid}?reason=" + Uri.EscapeDataString("重复上传"));
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        var row = (await JsonAsync(deleted)).GetProperty("attachments").EnumerateArray().Single(x => x.GetProperty("id").GetInt32() == aid);
        Assert.True(row.GetProperty("isDeleted").GetBoolean());
        Assert.Equal("重复上传", row.GetProperty("deletedReason").GetString());
        Assert.Equal(photo, await head.GetByteArrayAsync($"/api/cases/{id}/attachments/{aid}"));

        using var other = await App.ClientAsAsync("suo2");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/cases/{id}/attachments/{aid}")).StatusCode);
    }

    [Fact]
    public async Task Reminders_reach_the_officers_once_and_the_to_do_list_shows_their_deadlines()
    {
        var (head, id) = await FiledCaseAsync("某超市销售侵权食品案", 2003);
        head.Dispose();
        // A lead received long ago: its verification was due weeks back, so the case is overdue from the start.
        using var officer = await App.ClientAsAsync("zhifa1");
        var lead = DateOnly.FromDateTime(App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).AddDays(-60).ToString("yyyy-MM-dd");
        var overdue = await JsonAsync(await officer.PostAsJsonAsync("/api/penalty-cases", new
        {
            title = "久拖未核查的线索", subject = "商标侵权", source = "举报", leadReceivedOn = lead,
            officerIds = new[] { await CaseTestData.OfficerIdAsync(App, "zhifa1"), await CaseTestData.OfficerIdAsync(App, "zhifa2") },
        }));
        var overdueId = overdue.GetProperty("id").GetInt32();

        var reminders = App.Services.GetRequiredService<DeadlineReminders>();
        await reminders.RunAsync(CancellationToken.None);
        Assert.Equal(0, await reminders.RunAsync(CancellationToken.None));

        var todos = await GetJsonAsync(officer, "/api/todos");
        var deadline = Assert.Single(todos.GetProperty("deadlines").EnumerateArray(), d => d.GetProperty("caseId").GetInt32() == overdueId);
        Assert.True(deadline.GetProperty("overdue").GetBoolean());
        var notice = Assert.Single(todos.GetProperty("notifications").EnumerateArray(), n => n.GetProperty("link").GetString() == $"/cases/{overdueId}");
        Assert.Contains("已逾期", notice.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsync($"/api/notifications/{notice.GetProperty("id").GetInt64()}/read", null)).StatusCode);
        todos = await GetJsonAsync(officer, "/api/todos");
        Assert.DoesNotContain(todos.GetProperty("notifications").EnumerateArray(), n => n.GetProperty("link").GetString() == $"/cases/{overdueId}");

        // Someone else's notice cannot be touched.
        using var other = await App.ClientAsAsync("zhifa2");
        var theirs = (await GetJsonAsync(other, "/api/todos")).GetProperty("notifications").EnumerateArray().First();
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsync($"/api/notifications/{theirs.GetProperty("id").GetInt64()}/read", null)).StatusCode);
        Assert.True(id > 0);
    }
}

public abstract partial class CaseFilesApiTests<TApp>
{
    [Fact]
    public async Task Parties_rights_and_officers_change_after_registration_with_the_same_checks_and_a_history_line()
    {
        var (head, id) = await FiledCaseAsync("某批发部销售侵权商品案", 2004);
        using var _ = head;
        var holder = await CaseTestData.EnterpriseAsync(App, "天津某品牌权利人有限公司", 2005);

        var c = await JsonAsync(await head.PostAsJsonAsync($"/api/cases/{id}/parties", new { partyId = holder, role = "rightsHolder" }));
        Assert.Contains(c.GetProperty("parties").EnumerateArray(), p => p.GetProperty("name").GetString() == "天津某品牌权利人有限公司" && p.GetProperty("roleName").GetString() == "权利人");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/cases/{id}/parties", new { partyId = holder, role = "rightsHolder" }), "partyId");

        await AssertFieldErrorAsync(await head.PostAsJsonAsync($"/api/cases/{id}/rights", new { kind = "patent", number = "ZL201310000001.0", name = "一种自行车" }), "rights[0]");
        c = await JsonAsync(await head.PostAsJsonAsync($"/api/cases/{id}/rights", new { kind = "geographicalIndication", name = "小站稻" }));
        var right = c.GetProperty("rights").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "小站稻").GetProperty("id").GetInt32();
        c = await JsonAsync(await head.DeleteAsync($"/api/cases/{id}/rights/{right}"));
        Assert.DoesNotContain(c.GetProperty("rights").EnumerateArray(), r => r.GetProperty("name").GetString() == "小站稻");

        // A filed case keeps two qualified officers.
        var one = new[] { await CaseTestData.OfficerIdAsync(App, "zhifa1") };
        await AssertFieldErrorAsync(await head.PutAsJsonAsync($"/api/cases/{id}/officers", new { officerIds = one }), "officerIds");
        var two = new[] { await CaseTestData.OfficerIdAsync(App, "kezhang"), await CaseTestData.OfficerIdAsync(App, "zhifa2") };
        c = await JsonAsync(await head.PutAsJsonAsync($"/api/cases/{id}/officers", new { officerIds = two, version = c.GetProperty("version").GetInt32() }));
        Assert.Equal("王科长", c.GetProperty("officers")[0].GetProperty("name").GetString());
        Assert.Contains(c.GetProperty("history").EnumerateArray(), h => h.GetProperty("title").GetString() == "调整办案人员：王科长、赵执法");
        var seen = c.GetProperty("version").GetInt32();
        Assert.True(seen > 1, $"version {seen}");
        var stale = await head.PutAsJsonAsync($"/api/cases/{id}/officers", new { officerIds = two, version = seen - 1 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }
}

public sealed class CaseFilesApiTests_Sqlite(SqliteApp app) : CaseFilesApiTests<SqliteApp>(app);

public sealed class CaseFilesApiTests_Postgres(PostgresApp app) : CaseFilesApiTests<PostgresApp>(app);
