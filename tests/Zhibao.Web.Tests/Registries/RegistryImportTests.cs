using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data.Entities;
using Zhibao.Domain.Identifiers;
using Zhibao.Domain.Leads;
using Zhibao.Domain.Markets;
using Zhibao.Domain.Registries;
using Zhibao.Web.Tests.Infrastructure;
using static Zhibao.Web.Tests.Registries.ImportTestData;

namespace Zhibao.Web.Tests.Registries;

/// <summary>
/// Excel import of the other registries of issue 6 (ADR 0009): protected marks, agencies, markets and the leads on abnormal
/// filings. For each, a file mixing valid and invalid rows: the preview names every bad cell in Chinese and writes nothing,
/// the error workbook holds exactly the bad rows, confirm writes only the valid ones, the same file again registers nothing
/// twice, and the registry's export imports back unchanged. The fake clock is not moved in this class.
/// </summary>
public abstract class RegistryImportTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private static readonly string[] MarkHeaders =
        ["类型", "名称", "注册号/登记号", "商标类别", "保护类别", "地理标志产品类别", "保护地域范围", "权利人", "有效期自", "有效期至", "核定使用商品/服务",
         "联系人", "联系电话", "电子邮箱", "联系地址", "真伪辨别指引", "备注"];

    private static readonly string[] AgencyHeaders =
        ["名称", "统一社会信用代码", "专利代理机构执业许可证号", "商标代理机构备案号", "地址", "联系人", "联系电话", "代理师", "在业", "备注", "签署日期", "应签署日期"];

    private static readonly string[] MarketHeaders =
        ["市场名称", "类型", "开办者", "统一社会信用代码", "地址", "街镇", "摊位数", "联系人", "联系电话", "监管单位", "准入承诺", "签署承诺户数", "先行赔偿",
         "先行赔偿金（元）", "假冒离场", "备注"];

    private static readonly string[] LeadHeaders =
        ["线索类型", "交办单位", "来文文号", "批次号", "收到日期", "交办期限", "交办期限（工作日）", "申请号/注册号", "其他申请号", "名称", "类别", "申请人",
         "代理机构", "街镇", "线索内容", "承办单位"];

    private DateOnly Today => Zhibao.Web.Platform.Clock.Today(App.Clock);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<JsonElement> PostAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {url} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await JsonAsync(response);
    }

    private Task<T> DbAsync<T>(Func<Zhibao.Data.ZhibaoDb, Task<T>> work) => RegistryTestData.WithDbAsync(App, work);

    [Fact]
    public async Task Protected_marks_import_the_valid_rows_of_a_mixed_file_once()
    {
        using var head = await App.ClientAsAsync("kezhang");
        await PostAsync(head, "/api/protected-marks", new
        {
            kind = "Trademark", name = "导入测试老字号", registrationNumber = "60000001", niceClass = 30, ownerName = "天津某食品有限公司", contactPhone = "022-1",
        });
        var file = Workbook(MarkHeaders,
        [
            ["注册商标", "导入测试甲商标", "第 60000002 号", 25, "驰名商标、天津老字号", null, null, "天津某服饰有限公司", "2020-05-14"],   // 2: new
            ["地理标志", "导入测试沙窝萝卜", null, null, null, "农产品", "天津市西青区辛口镇", "辛口镇人民政府"],                      // 3: new
            ["特殊标志", "导入测试运动会会徽", "TS2023-01", null, null, null, null, "某运动会组委会", "2023-01-08"],                 // 4: new
            ["注册商标", "导入测试坏号", "G1234567", 25, null, null, null, "某公司"],                                              // 5
            ["注册商标", "导入测试类别错", "60000006", 46, null, null, null, "某公司"],                                            // 6
            ["官方标志", "导入测试官方标志", null, null, "驰名商标", null, null, "某机关"],                                          // 7
            ["地理标志", "导入测试无地域", null, null, null, "农产品", null, "某政府"],                                              // 8
            ["注册商标", "导入测试重复甲", "60000002", 25, null, null, null, "某公司"],                                            // 9
            ["注册商标", "导入测试无类别", "60000010", null, null, null, null, "某公司"],                                          // 10
            ["注册商标", "导入测试老字号", "60000001", null, null, null, null, null, null, null, null, null, "022-2"],            // 11: new phone
            ["特殊标志", "导入测试倒挂有效期", "TS2023-02", null, null, null, null, "某组委会", "2023-01-08", "2022-01-01"],          // 12
        ]);
        var errors = new Dictionary<int, (string, string)[]>
        {
            [5] = [("注册号/登记号", "商标注册号只能由数字组成，不能含有“G”")],
            [6] = [("商标类别", "商标类别“46”无效，应为1到45之间的整数")],
            [7] = [("保护类别", "驰名商标、老字号、涉农商标、津农精品等类别只适用于注册商标")],
            [8] = [("保护地域范围", "请填写地理标志产品的保护地域范围")],
            [9] = [("注册号/登记号", "与第2行重复（注册号/登记号相同），本行不导入")],
            [10] = [("商标类别", "请填写商标类别（尼斯分类第1至45类）")],
            [12] = [("有效期至", "有效期至（2022-01-01）不能早于有效期自（2023-01-08）")],
        };
        Task<int> CountAsync() => DbAsync(db => db.ProtectedMarks.CountAsync());
        Task<ProtectedMark> MarkAsync(string name) => DbAsync(db => db.ProtectedMarks.AsNoTracking().SingleAsync(m => m.Name == name));

        await MixedImportAsync(App, head, "protected-marks", MarkHeaders, file, created: 3, updated: 1, errors, CountAsync, nameof(ProtectedMark),
            untouched: async () => Assert.Equal("022-1", (await MarkAsync("导入测试老字号")).ContactPhone));

        var trademark = await MarkAsync("导入测试甲商标");
        Assert.Equal(("60000002", 25, MarkTags.WellKnown | MarkTags.TianjinTimeHonoured, "TM:60000002"),
            (trademark.RegistrationNumber, trademark.NiceClass, trademark.Tags, trademark.NaturalKey));
        Assert.Equal(new DateOnly(2030, 5, 13), trademark.ValidTo);   // 商标法第三十九条: ten years, the day before the anniversary
        var gi = await MarkAsync("导入测试沙窝萝卜");
        Assert.Equal((ProtectedMarkKind.GeographicalIndication, GiCategory.AgriculturalProduct, "天津市西青区辛口镇", "辛口镇人民政府"),
            (gi.Kind, gi.GiCategory, gi.ProtectedArea, gi.OwnerName));
        Assert.Equal(new DateOnly(2027, 1, 7), (await MarkAsync("导入测试运动会会徽")).ValidTo);   // 《特殊标志管理条例》第九条: four years
        var updated = await MarkAsync("导入测试老字号");
        Assert.Equal(("022-2", 30, "天津某食品有限公司", 1), (updated.ContactPhone, updated.NiceClass, updated.OwnerName, updated.Version));

        await ReimportChangesNothingAsync(head, "protected-marks", file, valid: 4, invalid: 7, CountAsync);
        await ExportImportsBackUnchangedAsync(head, "protected-marks", $"/api/protected-marks/export?search={Uri.EscapeDataString("导入测试")}", atLeast: 4);
    }

    [Fact]
    public async Task Agencies_import_with_attorneys_and_credit_commitments_from_a_mixed_file_once()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var code = RegistryTestData.Uscc;
        await PostAsync(head, "/api/agencies", new
        {
            name = "导入测试原有代理所", unifiedSocialCreditCode = code(8101), patentLicenceNumber = "IMPL1", commitmentDueOn = Day(Today.AddDays(30)),
            attorneys = new[] { new { name = "赵一", certificateNumber = "A1" } },
        });
        var bad = RegistryTestData.Corrupt(code(8104), UnifiedSocialCreditCode.Charset);
        var file = Workbook(AgencyHeaders,
        [
            ["导入测试甲代理所", code(8102), "impl 2", null, "北仓镇1号", "钱经理", "022-3", "钱二（B2）、孙三", "是", null, "2023-09-01"],   // 2: new, signed
            ["导入测试乙商标代理", code(8103), null, "IMPF3", null, null, null, null, null, null, null, "2023-12-31"],                    // 3: new, requested
            ["导入测试坏码所", bad, "IMPL4"],                                                                                          // 4
            ["导入测试无证号所", code(8105)],                                                                                          // 5
            ["导入测试抢证号所", code(8106), "IMPL1"],                                                                                 // 6
            ["导入测试代理师错", code(8107), "IMPL7", null, null, null, null, "周四（（x"],                                            // 7
            ["导入测试未来签署", code(8108), "IMPL8", null, null, null, null, null, null, null, Day(Today.AddDays(1))],                // 8
            ["导入测试原有代理所", code(8101), null, null, null, null, null, "赵一（A1）、吴五", null, null, Day(Today.AddDays(-1))],    // 9: signs
            ["导入测试重复甲", code(8102)],                                                                                            // 10
        ]);
        var errors = new Dictionary<int, (string, string)[]>
        {
            [4] = [("统一社会信用代码", UnifiedSocialCreditCode.Check(bad).Error!)],
            [5] = [("专利代理机构执业许可证号", "专利代理机构执业许可证号与商标代理机构备案号至少填写一项")],
            [6] = [("专利代理机构执业许可证号", $"执业许可证号“IMPL1”已登记为代理机构“导入测试原有代理所”（统一社会信用代码{code(8101)}）")],
            [7] = [("代理师", "代理师“周四（（x”格式不对，应为“姓名（执业证号）”或“姓名”，多人用顿号分隔")],
            [8] = [("签署日期", "签署日期不能晚于今天")],
            [10] = [("统一社会信用代码", "与第2行重复（统一社会信用代码相同），本行不导入")],
        };
        Task<int> CountAsync() => DbAsync(db => db.Agencies.CountAsync());
        Task<Agency> AgencyAsync(string uscc) => DbAsync(db => db.Agencies.AsNoTracking().Include(a => a.Attorneys).Include(a => a.Commitments)
            .Include(a => a.OrgUnit).AsSplitQuery().SingleAsync(a => a.UnifiedSocialCreditCode == uscc));

        await MixedImportAsync(App, head, "agencies", AgencyHeaders, file, created: 2, updated: 1, errors, CountAsync, nameof(Agency),
            untouched: async () => Assert.Equal(["赵一"], (await AgencyAsync(code(8101))).Attorneys.Select(t => t.Name)));

        var signed = await AgencyAsync(code(8102));
        Assert.Equal(("IMPL2", "北仓镇1号", true, "天津市北辰区市场监督管理局"), (signed.PatentLicenceNumber, signed.Address, signed.IsActive, signed.OrgUnit!.Name));
        Assert.Equal([("钱二", "B2"), ("孙三", null)], signed.Attorneys.OrderBy(t => t.Id).Select(t => (t.Name, t.CertificateNumber)));
        var commitment = Assert.Single(signed.Commitments);
        Assert.Equal((CommitmentStatus.Signed, new DateOnly(2023, 9, 1), "王科长"), (commitment.Status, commitment.SignedOn, commitment.CreatedByName));
        var requested = Assert.Single((await AgencyAsync(code(8103))).Commitments);
        Assert.Equal((CommitmentStatus.Unsigned, new DateOnly(2023, 12, 31)), (requested.Status, requested.DueOn));
        // The registered agency: attorneys as listed, and its open request is the commitment now signed.
        var existing = await AgencyAsync(code(8101));
        Assert.Equal([("赵一", "A1"), ("吴五", null)], existing.Attorneys.OrderBy(t => t.Id).Select(t => (t.Name, t.CertificateNumber)));
        var completed = Assert.Single(existing.Commitments);
        Assert.Equal((CommitmentStatus.Signed, Today.AddDays(-1), Today.AddDays(30)), (completed.Status, completed.SignedOn, completed.DueOn));
        var listed = await GetJsonAsync(head, $"/api/agencies?search={Uri.EscapeDataString("导入测试")}&commitment=signed");
        Assert.Equal(2, listed.GetProperty("total").GetInt32());

        await ReimportChangesNothingAsync(head, "agencies", file, valid: 3, invalid: 6, CountAsync);
        await ExportImportsBackUnchangedAsync(head, "agencies", $"/api/agencies/export?search={Uri.EscapeDataString("导入测试")}", atLeast: 3);
    }

    [Fact]
    public async Task Markets_import_the_valid_rows_of_a_mixed_file_once_and_only_registry_editors_may()
    {
        using var head = await App.ClientAsAsync("kezhang");
        var station = await RegistryTestData.UnitIdAsync(App, "BC-TM");
        await PostAsync(head, "/api/markets", new
        {
            name = "导入测试原有市场", kind = "CommodityMarket", operatorName = "原开办者", stallCount = 100, commitmentCount = 50, unitId = station,
        });
        var file = Workbook(MarketHeaders,
        [
            ["导入测试新市场甲", "商品交易市场", "甲市场管理有限公司", RegistryTestData.Uscc(8201), "天穆镇示例路8号", "天穆镇", 200, "张三", "022-4",
             "天穆市场监督管理所", "已建立", 150, "运行良好", 50000, "未建立"],                                                        // 2: new
            ["导入测试新平台乙", "电商平台", "乙网络科技有限公司", null, null, null, 30],                                                  // 3: new, importer's unit
            ["导入测试坏类型", "菜市场", "某公司"],                                                                                       // 4
            ["导入测试坏街镇", "商圈", "某公司", null, null, "火星镇"],                                                                   // 5
            ["导入测试承诺超员", "商圈", "某公司", null, null, null, 10, null, null, null, null, 11],                                     // 6
            ["导入测试外部单位", "商圈", "某公司", null, null, null, null, null, null, "国家知识产权局"],                                  // 7
            ["导入测试无开办者", "商圈"],                                                                                                 // 8
            ["导入测试坏金额", "商圈", "某公司", null, null, null, null, null, null, null, null, null, null, "12.345"],                   // 9
            ["导入测试原有市场", null, null, null, null, null, null, null, null, null, null, 80],                                        // 10: more commitments
            ["导入测试新市场甲", "商圈", "某公司"],                                                                                       // 11
        ]);
        var errors = new Dictionary<int, (string, string)[]>
        {
            [4] = [("类型", "类型“菜市场”无效，应为：商品交易市场、商圈、商场/商业综合体、电商平台、其他")],
            [5] = [("街镇", "街镇“火星镇”不在数据字典中")],
            [6] = [("签署承诺户数", "签署准入承诺的经营户数（11）不能超过摊位数（10）")],
            [7] = [("监管单位", "“国家知识产权局”是外部单位，市场的监管单位只能是本局及所属单位")],
            [8] = [("开办者", "请填写开办者名称")],
            [9] = [("先行赔偿金（元）", "先行赔偿金（元）“12.345”无效，应为0到1000000000之间的金额（元），最多两位小数")],
            [11] = [("市场名称", "与第2行重复（市场名称相同），本行不导入")],
        };
        Task<int> CountAsync() => DbAsync(db => db.Markets.CountAsync());
        Task<Market> MarketAsync(string name) => DbAsync(db => db.Markets.AsNoTracking().SingleAsync(m => m.Name == name));

        await MixedImportAsync(App, head, "markets", MarketHeaders, file, created: 2, updated: 1, errors, CountAsync, nameof(Market),
            untouched: async () => Assert.Equal(50, (await MarketAsync("导入测试原有市场")).CommitmentCount));

        var market = await MarketAsync("导入测试新市场甲");
        Assert.Equal((MarketKind.CommodityMarket, station, "天穆镇", 200, 150, RegistryTestData.Uscc(8201)),
            (market.Kind, market.OrgUnitId, market.Area, market.StallCount, market.CommitmentCount, market.OperatorUscc));
        Assert.Equal((MarketSystemStatus.Established, MarketSystemStatus.WellRun, 50000m, MarketSystemStatus.NotEstablished),
            (market.EntryCommitmentStatus, market.AdvanceCompensationStatus, market.CompensationFund, market.CounterfeitExitStatus));
        var platform = await MarketAsync("导入测试新平台乙");
        Assert.Equal((MarketKind.ECommercePlatform, await RegistryTestData.UnitIdAsync(App, "BC-ZSCQ"), MarketSystemStatus.NotEstablished),
            (platform.Kind, platform.OrgUnitId, platform.EntryCommitmentStatus));
        var existing = await MarketAsync("导入测试原有市场");
        Assert.Equal((80, 100, MarketKind.CommodityMarket, "原开办者", 1), (existing.CommitmentCount, existing.StallCount, existing.Kind, existing.OperatorName, existing.Version));
        var detail = await GetJsonAsync(head, $"/api/markets/{market.Id}");
        Assert.Equal(0.75m, detail.GetProperty("commitmentRatio").GetDecimal());

        await ReimportChangesNothingAsync(head, "markets", file, valid: 3, invalid: 7, CountAsync);
        await ExportImportsBackUnchangedAsync(head, "markets", $"/api/markets/export?search={Uri.EscapeDataString("导入测试")}", atLeast: 3);

        // A station's officers work markets (inspections…) but do not maintain the register.
        using var officer = await App.ClientAsAsync("suo1");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/markets/import/template")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(officer, "markets", file)).StatusCode);
    }

    /// <summary>A valid 专利申请号 (12 digits and the check digit) with serial <paramref name="serial"/>.</summary>
    private static string PatentApplication(int serial)
    {
        var digits = $"20231{serial:D7}";
        return $"{digits}.{PatentNumber.ComputeCheckDigit(digits)}";
    }

    [Fact]
    public async Task Leads_on_abnormal_filings_import_from_a_sender_s_list_under_the_importer_s_data_scope()
    {
        var cnipa = await RegistryTestData.UnitIdAsync(App, "EX-CNIPA");
        var today = Day(Today);
        using var brigade = await App.ClientAsAsync("zhifa1");
        var elsewhere = await PostAsync(brigade, "/api/leads", new
        {
            kind = "AbnormalPatentApplication", sourceUnitId = cnipa, receivedOn = today, applicationNumber = PatentApplication(901), applicant = "某甲",
        });
        using var station = await App.ClientAsAsync("suo1");   // 天穆市场监督管理所: sees its own unit only
        var own = await PostAsync(station, "/api/leads", new
        {
            kind = "AbnormalPatentApplication", sourceUnitId = cnipa, receivedOn = today, senderDeadlineWorkingDays = 10,
            applicationNumber = PatentApplication(902), applicant = "原申请人",
        });
        var digits = PatentApplication(912)[..12];
        var wrongCheck = PatentNumber.ComputeCheckDigit(digits) == '0' ? '1' : '0';
        var file = Workbook(LeadHeaders,
        [
            ["非正常专利申请", "国家知识产权局", "国知保交〔2023〕911号", "2023-第5批", today, null, 10, PatentApplication(911), null, "一种示例车铃", null,
             "天津某科技有限公司", "天津某专利代理事务所", "天穆镇", "批量申请"],                                                                 // 2: new
            ["恶意商标注册", "EX-TJIPA", null, null, today, "2023-11-30", null, "第 68532145 号", null, "示例标", "25、35", "某贸易公司"],            // 3: new
            ["非正常专利申请", "国家知识产权局", null, null, today, null, null, $"{digits}.{wrongCheck}", null, null, null, "某公司"],               // 4
            ["非正常专利申请", "北辰区某局", null, null, today, null, null, PatentApplication(913), null, null, null, "某公司"],                    // 5
            ["非正常专利申请", "天穆市场监督管理所", null, null, today, null, null, PatentApplication(914), null, null, null, "某公司"],            // 6
            ["非正常专利申请", "国家知识产权局", null, null, Day(Today.AddDays(1)), null, null, PatentApplication(915), null, null, null, "某公司"],  // 7
            ["非正常专利申请", "国家知识产权局", null, null, today, "2023-12-01", 10, PatentApplication(916), null, null, null, "某公司"],          // 8
            ["非正常专利申请", "国家知识产权局", null, null, today, null, null, PatentApplication(901), null, null, null, "某甲"],                  // 9
            ["非正常专利申请", "国家知识产权局", null, null, today, null, null, PatentApplication(911), null, null, null, "重复"],                  // 10
            ["恶意商标注册", "国家知识产权局", null, null, today, null, null, "68532146", null, null, null, "某公司", null, null, null, "执法大队"],  // 11
            ["非正常专利申请", "国家知识产权局", null, null, today, null, 10, PatentApplication(902), null, null, null, "更正后的申请人"],          // 12
        ]);
        var errors = new Dictionary<int, (string, string)[]>
        {
            [4] = [("申请号/注册号", $"专利申请号校验位错误，应为“{PatentNumber.ComputeCheckDigit(digits)}”，请核对")],
            [5] = [("交办单位", "交办单位“北辰区某局”不是组织机构中的外部单位，请先在组织机构中登记，或填写其名称/编码")],
            [6] = [("交办单位", "“天穆市场监督管理所”不是外部单位")],
            [7] = [("收到日期", "收到日期不能晚于今天")],
            [8] = [("交办期限", "交办期限请填写截止日期或工作日数其中一项")],
            [9] = [("申请号/注册号", $"该线索已于{today}登记（线索编号{elsewhere.GetProperty("id").GetInt32()}，承办单位：执法大队），不能重复登记")],
            [10] = [("申请号/注册号", "与第2行重复（申请号/注册号相同），本行不导入")],
            [11] = [("承办单位", "承办单位“执法大队”不存在或不在您的数据范围内")],
        };
        Task<int> CountAsync() => DbAsync(db => db.Leads.CountAsync());
        Task<Lead> LeadAsync(string number) => DbAsync(db => db.Leads.AsNoTracking().Include(l => l.Events).SingleAsync(l => l.ApplicationNumber == number));

        await MixedImportAsync(App, station, "leads", LeadHeaders, file, created: 2, updated: 1, errors, CountAsync, nameof(Lead),
            untouched: async () => Assert.Equal("原申请人", (await LeadAsync(PatentApplication(902))).Applicant));

        var registered = await LeadAsync(PatentApplication(902));
        var patent = await LeadAsync(PatentApplication(911));
        Assert.Equal((LeadKind.AbnormalPatentApplication, LeadStatus.Received, cnipa, registered.OrgUnitId, "国知保交〔2023〕911号", "天穆镇"),
            (patent.Kind, patent.Status, patent.SourceUnitId, patent.OrgUnitId, patent.SourceReference, patent.Area));
        Assert.Equal(registered.ReplyDueOn, patent.ReplyDueOn);   // 10 working days, clocked as the form does
        Assert.Equal($"AbnormalPatentApplication|{cnipa}|{PatentApplication(911)}", patent.NaturalKey);
        var registration = Assert.Single(patent.Events);
        Assert.Equal(("登记线索（国家知识产权局交办，Excel导入）", "孙所长"), (registration.Title, registration.ActorName));
        var trademark = await LeadAsync("68532145");
        Assert.Equal((LeadKind.MaliciousTrademarkApplication, new DateOnly(2023, 11, 30), new DateOnly(2023, 11, 30), "25、35"),
            (trademark.Kind, trademark.SenderDeadlineOn, trademark.ReplyDueOn, trademark.NiceClasses));
        Assert.Equal(("更正后的申请人", 1), (registered.Applicant, registered.Version));
        Assert.Equal("按交办单位名单更新线索信息（Excel导入）", registered.Events.OrderBy(e => e.Id).Last().Title);
        Assert.Equal("某甲", (await DbAsync(db => db.Leads.AsNoTracking().SingleAsync(l => l.Id == elsewhere.GetProperty("id").GetInt32()))).Applicant);
        var listed = await GetJsonAsync(station, $"/api/leads/{patent.Id}");
        Assert.Equal("待分派", listed.GetProperty("statusName").GetString());

        await ReimportChangesNothingAsync(station, "leads", file, valid: 3, invalid: 8, CountAsync);
        await ExportImportsBackUnchangedAsync(station, "leads", $"/api/leads/export?kind=AbnormalPatentApplication,MaliciousTrademarkApplication&receivedFrom={today}", atLeast: 3);
        Assert.Equal(own.GetProperty("id").GetInt32(), registered.Id);

        using var readOnly = await App.ClientAsAsync("zhidu");
        Assert.Equal(HttpStatusCode.Forbidden, (await readOnly.GetAsync("/api/leads/import/template")).StatusCode);
    }

    [Fact]
    public async Task Each_template_has_the_import_s_headers_and_a_valid_example_row()
    {
        using var admin = await App.ClientAsAsync("admin");
        await TemplateExampleIsValidAsync(admin, "protected-marks", MarkHeaders);
        await TemplateExampleIsValidAsync(admin, "agencies", AgencyHeaders);
        await TemplateExampleIsValidAsync(admin, "markets", MarketHeaders);
        await TemplateExampleIsValidAsync(admin, "leads", LeadHeaders);
    }
}

public sealed class RegistryImportTests_Sqlite(SqliteApp app) : RegistryImportTests<SqliteApp>(app);

public sealed class RegistryImportTests_Postgres(PostgresApp app) : RegistryImportTests<PostgresApp>(app);
