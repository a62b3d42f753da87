using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Zhibao.Data.Entities;
using Zhibao.Domain.Identifiers;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Registries;

/// <summary>当事人名录: the API contract of the Registries issue (POST 201 / 400 / 409, search, detail, masking, export).</summary>
public abstract class PartyApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private static async Task<JsonElement> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/parties", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST /api/parties → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await JsonAsync(response);
    }

    private static async Task AssertConflictAsync(HttpResponseMessage response, string mentions)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = (await JsonAsync(response)).GetProperty("detail").GetString()!;
        Assert.Contains(mentions, detail);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", detail);
    }

    [Fact]
    public async Task An_enterprise_and_a_person_are_created_with_their_codes_normalised()
    {
        using var admin = await App.ClientAsAsync("admin");
        var code = RegistryTestData.Uscc(2001);
        var enterprise = await CreateAsync(admin, new
        {
            kind = "Enterprise", name = " 天津北辰某食品有限公司 ", unifiedSocialCreditCode = " " + code.ToLowerInvariant() + " ",
            legalRepresentative = "李四", address = "天津市北辰区北仓镇某路8号", phone = "022-26391234", industry = "食品制造",
        });
        Assert.True(enterprise.GetProperty("id").GetInt32() > 0);
        Assert.Equal("天津北辰某食品有限公司", enterprise.GetProperty("name").GetString());
        Assert.Equal(code, enterprise.GetProperty("unifiedSocialCreditCode").GetString());
        Assert.Equal("enterprise", enterprise.GetProperty("kind").GetString());
        Assert.Equal("企业", enterprise.GetProperty("kindName").GetString());

        var id = RegistryTestData.ResidentId(101);
        var person = await CreateAsync(admin, new { kind = "Person", name = "王五", residentIdNumber = id.ToLowerInvariant() });
        Assert.Equal(id, person.GetProperty("residentIdNumber").GetString());   // the administrator sees it in full
        Assert.Equal(JsonValueKind.Null, person.GetProperty("unifiedSocialCreditCode").ValueKind);

        var detail = await GetJsonAsync(admin, $"/api/parties/{enterprise.GetProperty("id").GetInt32()}");
        Assert.Equal("A", detail.GetProperty("creditGrade").GetString());   // no records: the best grade
        Assert.Equal(0, detail.GetProperty("creditReasons").GetArrayLength());
        Assert.Equal(0, detail.GetProperty("cases").GetArrayLength());
        Assert.Equal("李四", detail.GetProperty("legalRepresentative").GetString());
    }

    [Fact]
    public async Task A_code_failing_its_check_answers_400_naming_the_field_in_Chinese_and_saves_nothing()
    {
        using var admin = await App.ClientAsAsync("admin");
        var before = (await GetJsonAsync(admin, "/api/parties?pageSize=1")).GetProperty("total").GetInt32();

        var badUscc = RegistryTestData.Corrupt(RegistryTestData.Uscc(2002), UnifiedSocialCreditCode.Charset);
        var response = await admin.PostAsJsonAsync("/api/parties", new { kind = "Enterprise", name = "某公司", unifiedSocialCreditCode = badUscc });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("校验位错误", (await JsonAsync(response)).GetProperty("errors").GetProperty("unifiedSocialCreditCode")[0].GetString());

        var badId = RegistryTestData.Corrupt(RegistryTestData.ResidentId(102), "0123456789X");
        await AssertFieldErrorAsync(await admin.PostAsJsonAsync("/api/parties", new { kind = "Person", name = "某人", residentIdNumber = badId }), "residentIdNumber");

        // The kind's code is required; so are the kind and the name.
        await AssertFieldErrorAsync(await admin.PostAsJsonAsync("/api/parties", new { kind = "Enterprise", name = "某公司" }), "unifiedSocialCreditCode");
        await AssertFieldErrorAsync(await admin.PostAsJsonAsync("/api/parties", new { kind = "Person", name = "某人", unifiedSocialCreditCode = RegistryTestData.Uscc(2003) }), "residentIdNumber");
        await AssertFieldErrorAsync(await admin.PostAsJsonAsync("/api/parties", new { kind = "Company", name = "某公司", unifiedSocialCreditCode = RegistryTestData.Uscc(2004) }), "kind");
        await AssertFieldErrorAsync(await admin.PostAsJsonAsync("/api/parties", new { kind = "Enterprise", name = " ", unifiedSocialCreditCode = RegistryTestData.Uscc(2005) }), "name");

        Assert.Equal(before, (await GetJsonAsync(admin, "/api/parties?pageSize=1")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_duplicate_code_answers_409_naming_the_existing_party()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var code = RegistryTestData.Uscc(2010);
        var first = await CreateAsync(head, new { kind = "Enterprise", name = "天津甲商贸有限公司", unifiedSocialCreditCode = code });

        await AssertConflictAsync(await head.PostAsJsonAsync("/api/parties", new { kind = "Enterprise", name = "另一个名称", unifiedSocialCreditCode = code.ToLowerInvariant() }),
            "天津甲商贸有限公司");

        var id = RegistryTestData.ResidentId(110);
        await CreateAsync(head, new { kind = "Person", name = "赵六", residentIdNumber = id });
        await AssertConflictAsync(await head.PostAsJsonAsync("/api/parties", new { kind = "Person", name = "赵六（重复）", residentIdNumber = id }), "赵六");

        // Editing another party onto the same code is refused the same way.
        var second = await CreateAsync(head, new { kind = "Enterprise", name = "天津乙商贸有限公司", unifiedSocialCreditCode = RegistryTestData.Uscc(2011) });
        var update = await head.PutAsJsonAsync($"/api/parties/{second.GetProperty("id").GetInt32()}",
            new { kind = "Enterprise", name = "天津乙商贸有限公司", unifiedSocialCreditCode = code, version = second.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.Conflict, update.StatusCode);
        var problem = await JsonAsync(update);
        Assert.Contains("天津甲商贸有限公司", problem.GetProperty("detail").GetString());
        Assert.Equal(first.GetProperty("id").GetInt32(), problem.GetProperty("existingId").GetInt32());
    }

    [Fact]
    public async Task A_stale_version_answers_409_and_keeps_the_first_save()
    {
        using var admin = await App.ClientAsAsync("admin");
        var party = await CreateAsync(admin, new { kind = "Enterprise", name = "天津丙有限公司", unifiedSocialCreditCode = RegistryTestData.Uscc(2020) });
        var id = party.GetProperty("id").GetInt32();
        var version = party.GetProperty("version").GetInt32();

        var first = await admin.PutAsJsonAsync($"/api/parties/{id}", new { kind = "Enterprise", name = "天津丙有限公司", unifiedSocialCreditCode = RegistryTestData.Uscc(2020), address = "第一次修改", version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(version, (await JsonAsync(first)).GetProperty("version").GetInt32());
        var second = await admin.PutAsJsonAsync($"/api/parties/{id}", new { kind = "Enterprise", name = "天津丙有限公司", unifiedSocialCreditCode = RegistryTestData.Uscc(2020), address = "覆盖者", version });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("已被他人修改", (await JsonAsync(second)).GetProperty("detail").GetString());

        Assert.Equal("第一次修改", (await GetJsonAsync(admin, $"/api/parties/{id}")).GetProperty("address").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/parties/999999", new { kind = "Enterprise", name = "无", unifiedSocialCreditCode = RegistryTestData.Uscc(2021), version })).StatusCode);
    }

    [Fact]
    public async Task Person_id_numbers_are_masked_for_users_without_the_permission()
    {
        using var admin = await App.ClientAsAsync("admin");
        var id = RegistryTestData.ResidentId(120);
        var created = await CreateAsync(admin, new { kind = "Person", name = "钱七", residentIdNumber = id, address = "天津市北辰区" });
        var partyId = created.GetProperty("id").GetInt32();
        var masked = ResidentIdNumber.Mask(id);

        using var readOnly = await App.ClientAsAsync("zhidu");   // registry.view without party.id-number.view
        var detail = await GetJsonAsync(readOnly, $"/api/parties/{partyId}");
        Assert.Equal(masked, detail.GetProperty("residentIdNumber").GetString());
        Assert.Equal(masked, detail.GetProperty("code").GetString());
        Assert.True(detail.GetProperty("idNumberMasked").GetBoolean());
        Assert.DoesNotContain(id, detail.ToString());

        var list = await GetJsonAsync(readOnly, "/api/parties?search=钱七");
        var row = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(masked, row.GetProperty("residentIdNumber").GetString());
        // A partial number finds nothing without the permission (it would reveal the hidden digits); the full number does.
        Assert.Equal(0, (await GetJsonAsync(readOnly, $"/api/parties?search={id[6..]}")).GetProperty("total").GetInt32());
        Assert.Equal(partyId, Assert.Single((await GetJsonAsync(readOnly, $"/api/parties?search={id}")).GetProperty("items").EnumerateArray()).GetProperty("id").GetInt32());

        using var head = await App.ClientAsAsync("kezhang");   // holds party.id-number.view
        Assert.Equal(id, (await GetJsonAsync(head, $"/api/parties/{partyId}")).GetProperty("residentIdNumber").GetString());
        Assert.Equal(partyId, Assert.Single((await GetJsonAsync(head, $"/api/parties?search={id[6..]}")).GetProperty("items").EnumerateArray()).GetProperty("id").GetInt32());

        // An editor sending back the masked number it was shown keeps the stored one.
        var put = await head.PutAsJsonAsync($"/api/parties/{partyId}", new { kind = "Person", name = "钱七", residentIdNumber = masked, address = "天津市北辰区果园新村", version = created.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(id, (await JsonAsync(put)).GetProperty("residentIdNumber").GetString());

        // The export honours the masking too.
        var xlsx = await readOnly.GetAsync($"/api/parties/export?search={Uri.EscapeDataString("钱七")}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var exported = Assert.Single(stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>());
        Assert.Equal(masked, exported["居民身份证号码"]?.ToString());
    }

    [Fact]
    public async Task Search_covers_name_code_and_legal_representative_and_filters_by_kind()
    {
        using var admin = await App.ClientAsAsync("admin");
        var code = RegistryTestData.Uscc(2030);
        var enterprise = await CreateAsync(admin, new { kind = "Enterprise", name = "天津宜兴埠检索测试有限公司", unifiedSocialCreditCode = code, legalRepresentative = "检索法人甲" });
        var id = enterprise.GetProperty("id").GetInt32();
        await CreateAsync(admin, new { kind = "Person", name = "检索测试个人", residentIdNumber = RegistryTestData.ResidentId(130) });

        static IEnumerable<int> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt32());
        Assert.Contains(id, Ids(await GetJsonAsync(admin, $"/api/parties?search={Uri.EscapeDataString("宜兴埠检索")}")));
        Assert.Contains(id, Ids(await GetJsonAsync(admin, $"/api/parties?search={code[..12].ToLowerInvariant()}")));
        Assert.Contains(id, Ids(await GetJsonAsync(admin, $"/api/parties?search={Uri.EscapeDataString("检索法人甲")}")));

        var persons = await GetJsonAsync(admin, $"/api/parties?search={Uri.EscapeDataString("检索测试")}&kind=Person");
        Assert.All(persons.GetProperty("items").EnumerateArray(), p => Assert.Equal("person", p.GetProperty("kind").GetString()));
        Assert.DoesNotContain(id, Ids(persons));

        var paged = await GetJsonAsync(admin, $"/api/parties?search={Uri.EscapeDataString("检索测试")}&page=2&pageSize=1");
        Assert.Equal(2, paged.GetProperty("total").GetInt32());
        Assert.Single(paged.GetProperty("items").EnumerateArray());

        await AssertFieldErrorAsync(await admin.GetAsync("/api/parties?pageSize=0"), "pageSize");
        await AssertFieldErrorAsync(await admin.GetAsync("/api/parties?kind=Company"), "kind");
    }

    [Fact]
    public async Task The_party_page_lists_its_cases_within_the_callers_data_scope()
    {
        using var admin = await App.ClientAsAsync("admin");
        var party = await CreateAsync(admin, new { kind = "Enterprise", name = "天津涉案商贸有限公司", unifiedSocialCreditCode = RegistryTestData.Uscc(2040) });
        var partyId = party.GetProperty("id").GetInt32();
        var station = await RegistryTestData.UnitIdAsync(App, "BC-TM");
        var caseId = await RegistryTestData.WithDbAsync(App, async db =>
        {
            var adminId = db.Users.Single(u => u.UserName == "admin").Id;
            var c = new PenaltyCase
            {
                Title = "天津涉案商贸有限公司销售侵犯注册商标专用权商品案", Subject = "商标侵权", Source = "投诉", Status = "Lead",
                OrgUnitId = station, ReceivedOn = new DateOnly(2023, 10, 8), CreatedById = adminId,
                Parties = [new CaseParty { PartyId = partyId, Role = CasePartyRole.Respondent }],
            };
            db.PenaltyCases.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });

        var linked = Assert.Single((await GetJsonAsync(admin, $"/api/parties/{partyId}")).GetProperty("cases").EnumerateArray());
        Assert.Equal(caseId, linked.GetProperty("id").GetInt32());
        Assert.Equal("Lead", linked.GetProperty("status").GetString());
        Assert.Equal("线索核查", linked.GetProperty("statusName").GetString());
        Assert.Equal("当事人", linked.GetProperty("role").GetString());

        using var otherStation = await App.ClientAsAsync("suo2");   // 北仓所: the case of 天穆所 is not theirs
        Assert.Equal(0, (await GetJsonAsync(otherStation, $"/api/parties/{partyId}")).GetProperty("cases").GetArrayLength());
        using var ownStation = await App.ClientAsAsync("suo1");
        Assert.Equal(1, (await GetJsonAsync(ownStation, $"/api/parties/{partyId}")).GetProperty("cases").GetArrayLength());
    }

    [Fact]
    public async Task Writing_needs_registry_edit_and_reading_needs_registry_view()
    {
        using var station = await App.ClientAsAsync("suo1");   // registry.view only
        Assert.Equal(HttpStatusCode.OK, (await station.GetAsync("/api/parties")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await station.PostAsJsonAsync("/api/parties", new { kind = "Enterprise", name = "某公司", unifiedSocialCreditCode = RegistryTestData.Uscc(2050) })).StatusCode);
        using var partner = await App.ClientAsAsync("xiezuo");
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/parties")).StatusCode);
        using var anonymous = App.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/parties")).StatusCode);
    }

    [Fact]
    public async Task The_export_is_an_xlsx_with_Chinese_headers_that_follows_the_filters()
    {
        using var admin = await App.ClientAsAsync("admin");
        var code = RegistryTestData.Uscc(2060);
        await CreateAsync(admin, new { kind = "Enterprise", name = "天津导出测试有限公司", unifiedSocialCreditCode = code, legalRepresentative = "导出法人", industry = "批发业" });

        var response = await admin.GetAsync($"/api/parties/export?search={Uri.EscapeDataString("导出测试")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var row = Assert.Single(stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>());
        Assert.Equal("企业", row["类型"]?.ToString());
        Assert.Equal("天津导出测试有限公司", row["名称/姓名"]?.ToString());
        Assert.Equal(code, row["统一社会信用代码"]?.ToString());
        Assert.Equal("导出法人", row["法定代表人"]?.ToString());
        Assert.Equal("批发业", row["所属行业"]?.ToString());
    }
}

public sealed class PartyApiTests_Sqlite(SqliteApp app) : PartyApiTests<SqliteApp>(app);

public sealed class PartyApiTests_Postgres(PostgresApp app) : PartyApiTests<PostgresApp>(app);
