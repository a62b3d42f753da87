using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Zhibao.Data.Entities;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Registries;

/// <summary>重点保护商标/标志: create, edit, list and filter, export, validation, 409s, photos, linked cases and history.</summary>
public abstract class ProtectedMarkApiTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private static async Task<JsonElement> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/protected-marks", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST /api/protected-marks → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await JsonAsync(response);
    }

    private static object Trademark(string number, string name, params string[] tags) => new
    {
        kind = "Trademark", name, registrationNumber = number, niceClass = 30, tags, ownerName = "天津某食品有限公司",
        validFrom = "2015-03-14", contactPerson = "张经理", contactPhone = "022-26390000",
    };

    private static async Task<int> CountAsync(HttpClient client) => (await GetJsonAsync(client, "/api/protected-marks?pageSize=1")).GetProperty("total").GetInt32();

    private static IEnumerable<int> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt32());

    [Fact]
    public async Task A_trademark_with_tags_is_created_normalised_and_defaults_its_ten_year_term()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var mark = await CreateAsync(head, new
        {
            kind = "Trademark", name = " 桂发祥 ", registrationNumber = "第 1234501 号", niceClass = 30, tags = new[] { "WellKnown", "中华老字号" },
            ownerName = "天津桂发祥十八街麻花食品股份有限公司", validFrom = "2015-03-14", contactPerson = "张经理", contactPhone = "022-26390000",
            authenticationGuide = "正品包装盒侧面有激光防伪标签，扫码可查验。",
        });
        Assert.Equal("桂发祥", mark.GetProperty("name").GetString());
        Assert.Equal("1234501", mark.GetProperty("registrationNumber").GetString());
        Assert.Equal("trademark", mark.GetProperty("kind").GetString());
        Assert.Equal("注册商标", mark.GetProperty("kindName").GetString());
        Assert.Equal(["wellKnown", "chinaTimeHonoured"], mark.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("驰名商标、中华老字号", mark.GetProperty("tagNames").GetString());
        Assert.Equal("2025-03-13", mark.GetProperty("validTo").GetString());   // 商标法第三十九条: ten years, the day before the anniversary
        Assert.Equal("有效", mark.GetProperty("validityName").GetString());
        Assert.Equal("正品包装盒侧面有激光防伪标签，扫码可查验。", mark.GetProperty("authenticationGuide").GetString());

        var ordinary = await CreateAsync(head, new { kind = "Trademark", name = "某普通商标", registrationNumber = "1234502", niceClass = 29, tags = new[] { "Ordinary" }, ownerName = "某公司" });
        Assert.Equal("普通注册商标", ordinary.GetProperty("tagNames").GetString());
        Assert.Equal(0, ordinary.GetProperty("tags").GetArrayLength());
    }

    [Fact]
    public async Task A_geographical_indication_carries_its_category_area_and_authorised_users()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var party = await JsonAsync(await head.PostAsJsonAsync("/api/parties", new { kind = "Enterprise", name = "天津沙窝萝卜合作社", unifiedSocialCreditCode = RegistryTestData.Uscc(4001) }));
        var gi = await CreateAsync(head, new
        {
            kind = "GeographicalIndication", name = "沙窝萝卜", giCategory = "农产品", protectedArea = "天津市西青区辛口镇沙窝村等", registrationNumber = "国家质检总局公告2010年第1号",
            ownerName = "天津市西青区辛口镇人民政府",
            authorisedUsers = new object[]
            {
                new { partyId = party.GetProperty("id").GetInt32(), authorisedOn = "2020-05-01" },
                new { name = "天津某萝卜种植专业合作社", unifiedSocialCreditCode = RegistryTestData.Uscc(4002), authorisedOn = "2019-01-01", endedOn = "2021-12-31" },
            },
        });
        Assert.Equal("geographicalIndication", gi.GetProperty("kind").GetString());
        Assert.Equal("农产品", gi.GetProperty("giCategoryName").GetString());
        Assert.Equal("", gi.GetProperty("tagNames").GetString());
        var users = gi.GetProperty("authorisedUsers").EnumerateArray().ToList();
        Assert.Equal(2, users.Count);
        Assert.Equal("天津某萝卜种植专业合作社", users[0].GetProperty("name").GetString());
        Assert.False(users[0].GetProperty("isCurrent").GetBoolean());
        Assert.Equal("天津沙窝萝卜合作社", users[1].GetProperty("name").GetString());   // the party's name
        Assert.True(users[1].GetProperty("isCurrent").GetBoolean());

        // Edit: the first user is kept (by id) and ended, the second removed.
        var id = gi.GetProperty("id").GetInt32();
        var put = await head.PutAsJsonAsync($"/api/protected-marks/{id}", new
        {
            kind = "GeographicalIndication", name = "沙窝萝卜", giCategory = "AgriculturalProduct", protectedArea = "天津市西青区辛口镇沙窝村等",
            ownerName = "天津市西青区辛口镇人民政府", version = gi.GetProperty("version").GetInt32(),
            authorisedUsers = new object[] { new { id = users[1].GetProperty("id").GetInt32(), partyId = party.GetProperty("id").GetInt32(), authorisedOn = "2020-05-01", endedOn = "2023-06-30" } },
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var user = Assert.Single((await JsonAsync(put)).GetProperty("authorisedUsers").EnumerateArray());
        Assert.Equal(users[1].GetProperty("id").GetInt32(), user.GetProperty("id").GetInt32());
        Assert.Equal("2023-06-30", user.GetProperty("endedOn").GetString());

        var history = await GetJsonAsync(head, $"/api/protected-marks/{id}/history");
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("subject").GetString() == "专用标志使用人" && h.GetProperty("action").GetString() == "删除");
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("subject").GetString() == "专用标志使用人"
            && h.GetProperty("changes").EnumerateArray().Any(c => c.GetString() == "终止日期：（空） → 2023-06-30"));
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("subject").GetString() == "名录记录" && h.GetProperty("action").GetString() == "新增"
            && h.GetProperty("changes").EnumerateArray().Any(c => c.GetString() == "类型：地理标志"));
    }

    [Fact]
    public async Task A_special_mark_gets_four_years_and_shows_expired_when_past()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var special = await CreateAsync(head, new { kind = "SpecialMark", name = "某运动会会徽", registrationNumber = "TS2018-001", validFrom = "2018-06-01", ownerName = "某运动会组委会" });
        Assert.Equal("2022-05-31", special.GetProperty("validTo").GetString());   // 《特殊标志管理条例》第九条
        Assert.Equal("expired", special.GetProperty("validity").GetString());
        Assert.Equal("已过期", special.GetProperty("validityName").GetString());

        var current = await CreateAsync(head, new { kind = "SpecialMark", name = "某博览会吉祥物", registrationNumber = "TS2023-002", validFrom = "2023-01-01", validTo = "2026-12-31", ownerName = "某博览会组委会" });
        Assert.Equal("valid", current.GetProperty("validity").GetString());

        var official = await CreateAsync(head, new { kind = "OfficialMark", name = "地理标志专用标志", ownerName = "国家知识产权局" });
        Assert.Equal("notRecorded", official.GetProperty("validity").GetString());
    }

    [Fact]
    public async Task Invalid_fields_answer_400_naming_the_field_and_write_nothing()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var before = await CountAsync(head);

        var badNumber = await head.PostAsJsonAsync("/api/protected-marks", new { kind = "Trademark", name = "甲", registrationNumber = "12A45", niceClass = 9, ownerName = "某" });
        await AssertFieldErrorAsync(badNumber, "registrationNumber");
        Assert.Contains("只能由数字组成", (await JsonAsync(await head.PostAsJsonAsync("/api/protected-marks", new { kind = "Trademark", name = "甲", registrationNumber = "12A45", niceClass = 9, ownerName = "某" })))
            .GetProperty("errors").GetProperty("registrationNumber")[0].GetString());
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/protected-marks", new { kind = "Trademark", name = "甲", registrationNumber = "1234567", niceClass = 46, ownerName = "某" }), "niceClass");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/protected-marks", new { kind = "Trademark", name = "甲", registrationNumber = "1234567", niceClass = 0, ownerName = "某" }), "niceClass");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/protected-marks", new { kind = "Trademark", name = "甲", registrationNumber = "1234567", niceClass = 9 }), "ownerName");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/protected-marks",
            new { kind = "Trademark", name = "甲", registrationNumber = "1234567", niceClass = 9, ownerName = "某", tags = new[] { "Ordinary", "WellKnown" } }), "tags");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/protected-marks",
            new { kind = "Trademark", name = "甲", registrationNumber = "1234567", niceClass = 9, ownerName = "某", tags = new[] { "省著名商标" } }), "tags");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/protected-marks",
            new { kind = "SpecialMark", name = "乙", registrationNumber = "TS1", validFrom = "2023-05-01", validTo = "2023-04-30", ownerName = "某" }), "validTo");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/protected-marks", new { kind = "SpecialMark", name = "乙", validFrom = "2023-05-01", ownerName = "某" }), "registrationNumber");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/protected-marks", new { kind = "GeographicalIndication", name = "丙", protectedArea = "某地", ownerName = "某", giCategory = "水果" }), "giCategory");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/protected-marks", new { kind = "GeographicalIndication", name = "丙", giCategory = "加工食品", ownerName = "某" }), "protectedArea");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/protected-marks",
            new { kind = "GeographicalIndication", name = "丙", giCategory = "加工食品", protectedArea = "某地", ownerName = "某", authorisedUsers = new[] { new { name = "某厂", unifiedSocialCreditCode = "911201136000000000", authorisedOn = "2020-01-01" } } }),
            "authorisedUsers[0]");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/protected-marks", new { kind = "OfficialMark", name = "丁", ownerName = "某", tags = new[] { "WellKnown" } }), "tags");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/protected-marks", new { kind = "Logo", name = "戊", ownerName = "某" }), "kind");
        await AssertFieldErrorAsync(await head.PostAsJsonAsync("/api/protected-marks", new { kind = "OfficialMark", name = "戊", ownerPartyId = 999999 }), "ownerPartyId");

        Assert.Equal(before, await CountAsync(head));
    }

    [Fact]
    public async Task A_duplicate_natural_key_answers_409_and_a_stale_version_409()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var first = await CreateAsync(head, Trademark("7654321", "狗不理"));
        var duplicate = await head.PostAsJsonAsync("/api/protected-marks", Trademark("第7654321号", "狗不理（重复）"));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        var problem = await JsonAsync(duplicate);
        Assert.Contains("7654321", problem.GetProperty("detail").GetString());
        Assert.Equal(first.GetProperty("id").GetInt32(), problem.GetProperty("existingId").GetInt32());

        await CreateAsync(head, new { kind = "GeographicalIndication", name = "茶淀葡萄", giCategory = "AgriculturalProduct", protectedArea = "天津市滨海新区茶淀街", ownerName = "某" });
        Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsJsonAsync("/api/protected-marks",
            new { kind = "GeographicalIndication", name = "茶淀 葡萄", giCategory = "AgriculturalProduct", protectedArea = "天津市滨海新区茶淀街", ownerName = "另一个" })).StatusCode);
        // The same product name in another area is another GI.
        await CreateAsync(head, new { kind = "GeographicalIndication", name = "茶淀葡萄", giCategory = "AgriculturalProduct", protectedArea = "别处", ownerName = "某" });

        var id = first.GetProperty("id").GetInt32();
        var version = first.GetProperty("version").GetInt32();
        var edit = Trademark("7654321", "狗不理包子");
        var ok = await head.PutAsJsonAsync($"/api/protected-marks/{id}", Merge(edit, version));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var stale = await head.PutAsJsonAsync($"/api/protected-marks/{id}", Merge(Trademark("7654321", "覆盖者"), version));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("狗不理包子", (await GetJsonAsync(head, $"/api/protected-marks/{id}")).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync("/api/protected-marks/999999")).StatusCode);
    }

    private static Dictionary<string, object?> Merge(object body, int version)
    {
        var map = JsonSerializer.SerializeToElement(body, ZhibaoApp.Json).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        map["version"] = version;
        return map;
    }

    [Fact]
    public async Task The_list_filters_by_kind_tag_category_and_search_and_the_export_follows()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var famous = (await CreateAsync(head, Trademark("3300001", "十八街筛选", "WellKnown", "TianjinTimeHonoured"))).GetProperty("id").GetInt32();
        var agri = (await CreateAsync(head, Trademark("3300002", "小站稻筛选", "Agricultural", "JinnongPremium"))).GetProperty("id").GetInt32();
        var plain = (await CreateAsync(head, Trademark("3300003", "普通筛选"))).GetProperty("id").GetInt32();
        var gi = (await CreateAsync(head, new { kind = "GeographicalIndication", name = "盘山磨盘柿筛选", giCategory = "ProcessedFood", protectedArea = "蓟州区", ownerName = "筛选协会" }))
            .GetProperty("id").GetInt32();

        var wellKnown = Ids(await GetJsonAsync(head, "/api/protected-marks?tag=WellKnown&pageSize=500")).ToList();
        Assert.Contains(famous, wellKnown);
        Assert.DoesNotContain(agri, wellKnown);
        Assert.Contains(agri, Ids(await GetJsonAsync(head, $"/api/protected-marks?tag={Uri.EscapeDataString("津农精品")}&pageSize=500")));
        var ordinary = Ids(await GetJsonAsync(head, "/api/protected-marks?tag=Ordinary&pageSize=500")).ToList();
        Assert.Contains(plain, ordinary);
        Assert.DoesNotContain(famous, ordinary);
        Assert.DoesNotContain(gi, ordinary);
        Assert.Equal([gi], Ids(await GetJsonAsync(head, $"/api/protected-marks?kind=GeographicalIndication&giCategory={Uri.EscapeDataString("加工食品")}&search={Uri.EscapeDataString("筛选")}")));
        Assert.Equal([agri], Ids(await GetJsonAsync(head, "/api/protected-marks?search=3300002")));
        Assert.Equal(3, (await GetJsonAsync(head, $"/api/protected-marks?kind=Trademark&search={Uri.EscapeDataString("天津某食品")}&pageSize=500"))
            .GetProperty("items").EnumerateArray().Count(i => i.GetProperty("name").GetString()!.EndsWith("筛选", StringComparison.Ordinal)));

        await AssertFieldErrorAsync(await head.GetAsync("/api/protected-marks?tag=Famous"), "tag");
        await AssertFieldErrorAsync(await head.GetAsync("/api/protected-marks?kind=Logo"), "kind");
        await AssertFieldErrorAsync(await head.GetAsync("/api/protected-marks?giCategory=x"), "giCategory");

        var response = await head.GetAsync("/api/protected-marks/export?tag=WellKnown&search=" + Uri.EscapeDataString("筛选"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var row = Assert.Single(stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>());
        Assert.Equal("十八街筛选", row["名称"]?.ToString());
        Assert.Equal("3300001", row["注册号/登记号"]?.ToString());
        Assert.Equal("驰名商标、天津老字号", row["保护类别"]?.ToString());
        Assert.Equal("30", row["商标类别"]?.ToString());
        Assert.Equal("注册商标", row["类型"]?.ToString());
    }

    [Fact]
    public async Task Photos_are_limited_to_real_jpg_or_png_under_the_size_setting_and_preview_inline()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var mark = await CreateAsync(head, Trademark("5500001", "照片测试"));
        var id = mark.GetProperty("id").GetInt32();

        var photo = await UploadAsync(head, id, "正品标签.png", Png(1000), "正品标签");
        Assert.Equal(HttpStatusCode.Created, photo.StatusCode);
        var view = await JsonAsync(photo);
        var url = view.GetProperty("url").GetString()!;
        var served = await head.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.Null(served.Content.Headers.ContentDisposition);   // inline, for the preview
        Assert.Equal(Png(1000), await served.Content.ReadAsByteArrayAsync());

        await AssertFieldErrorAsync(await UploadAsync(head, id, "说明.pdf", Png(100), null), "file");
        await AssertFieldErrorAsync(await UploadAsync(head, id, "伪装.png", "<html>not an image</html>"u8.ToArray(), null), "file");
        await AssertFieldErrorAsync(await UploadAsync(head, id, "过大.jpg", Jpeg(5 * 1024 * 1024 + 1), null), "file");
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(head, id, "正品.jpeg", Jpeg(5 * 1024 * 1024), null)).StatusCode);

        var detail = await GetJsonAsync(head, $"/api/protected-marks/{id}");
        Assert.Equal(2, detail.GetProperty("photoCount").GetInt32());
        Assert.Equal("正品标签", detail.GetProperty("photos")[0].GetProperty("caption").GetString());

        using var station = await App.ClientAsAsync("suo1");   // registry.view: sees the photo, may not add one
        Assert.Equal(HttpStatusCode.OK, (await station.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(station, id, "a.png", Png(10), null)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await head.DeleteAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await head.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(head, 999999, "a.png", Png(10), null)).StatusCode);
    }

    private static byte[] Png(int size)
    {
        var bytes = new byte[size];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        return bytes;
    }

    private static byte[] Jpeg(int size)
    {
        var bytes = new byte[size];
        new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }.CopyTo(bytes, 0);
        return bytes;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int id, string fileName, byte[] content, string? caption)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (caption is not null)
        {
            form.Add(new StringContent(caption), "caption");
        }
        return await client.PostAsync($"/api/protected-marks/{id}/photos", form);
    }

    [Fact]
    public async Task The_detail_lists_cases_whose_right_is_the_mark_by_link_or_number_within_the_callers_scope()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var station = await RegistryTestData.UnitIdAsync(App, "BC-TM");
        // A case recorded before the mark was on the list: matched by the registration number.
        var early = await AddCaseAsync(station, "早于名录的商标侵权案", new CaseRight { Kind = RightKind.Trademark, Number = "8800001", NiceClass = 30, Name = "老美华" });
        var mark = await CreateAsync(head, Trademark("8800001", "老美华"));
        var id = mark.GetProperty("id").GetInt32();
        // Registered through the API afterwards: linked on the way in.
        var officers = await Task.WhenAll(RegistryTestData.OfficerIdAsync(App, "zhifa1"), RegistryTestData.OfficerIdAsync(App, "zhifa2"));
        var created = await head.PostAsJsonAsync("/api/penalty-cases", new
        {
            title = "销售假冒老美华商品案", subject = "商标侵权", source = "投诉", leadReceivedOn = "2023-10-08", officerIds = officers,
            rights = new[] { new { kind = "Trademark", number = "8800001", niceClass = 30, name = "老美华" } },
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var createdCase = await JsonAsync(created);
        Assert.Equal(id, createdCase.GetProperty("rights")[0].GetProperty("protectedMarkId").GetInt32());
        var other = await AddCaseAsync(station, "别的商标案", new CaseRight { Kind = RightKind.Trademark, Number = "8800002", NiceClass = 30, Name = "别的" });

        var cases = (await GetJsonAsync(head, $"/api/protected-marks/{id}")).GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("id").GetInt32()).ToList();
        Assert.Contains(early, cases);
        Assert.Contains(createdCase.GetProperty("id").GetInt32(), cases);
        Assert.DoesNotContain(other, cases);

        using var otherStation = await App.ClientAsAsync("suo2");   // 北仓所 sees neither 天穆所's nor 执法大队's cases
        Assert.Equal(0, (await GetJsonAsync(otherStation, $"/api/protected-marks/{id}")).GetProperty("cases").GetArrayLength());

        // Naming a mark of the wrong kind is refused.
        var wrong = await head.PostAsJsonAsync("/api/penalty-cases", new
        {
            title = "错误关联", subject = "特殊标志", source = "投诉", leadReceivedOn = "2023-10-08", officerIds = officers,
            rights = new[] { new { kind = "SpecialMark", number = "X1", name = "某标志", protectedMarkId = id } },
        });
        await AssertFieldErrorAsync(wrong, "rights[0]");
    }

    private Task<int> AddCaseAsync(int unitId, string title, CaseRight right) => RegistryTestData.WithDbAsync(App, async db =>
    {
        var c = new PenaltyCase
        {
            Title = title, Subject = "商标侵权", Source = "投诉", Status = "Lead", OrgUnitId = unitId, ReceivedOn = new DateOnly(2023, 10, 8),
            CreatedById = db.Users.Single(u => u.UserName == "admin").Id, Rights = [right],
        };
        db.PenaltyCases.Add(c);
        await db.SaveChangesAsync();
        return c.Id;
    });

    [Fact]
    public async Task Writing_needs_registry_edit_and_the_endpoints_are_in_the_openapi_document()
    {
        using var station = await App.ClientAsAsync("suo1");
        Assert.Equal(HttpStatusCode.OK, (await station.GetAsync("/api/protected-marks")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await station.PostAsJsonAsync("/api/protected-marks", Trademark("9900001", "无权"))).StatusCode);
        using var partner = await App.ClientAsAsync("xiezuo");
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/protected-marks")).StatusCode);

        var doc = await GetJsonAsync(station, "/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/protected-marks", "/api/protected-marks/{id}", "/api/protected-marks/export", "/api/protected-marks/{id}/photos", "/api/protected-marks/{id}/photos/{photoId}" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from the OpenAPI document");
        }
    }
}

public sealed class ProtectedMarkApiTests_Sqlite(SqliteApp app) : ProtectedMarkApiTests<SqliteApp>(app);

public sealed class ProtectedMarkApiTests_Postgres(PostgresApp app) : ProtectedMarkApiTests<PostgresApp>(app);
