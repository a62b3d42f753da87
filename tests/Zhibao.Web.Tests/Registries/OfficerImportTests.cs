using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhibao.Web.Tests.Infrastructure;
using static Zhibao.Web.Tests.Registries.ImportTestData;

namespace Zhibao.Web.Tests.Registries;

/// <summary>执法人员 Excel import: keyed by 执法证号 or 姓名 + 所属单位, with the form's checks, per-row Chinese messages.</summary>
public abstract class OfficerImportTests<TApp>(TApp app) : ProviderTests<TApp>(app) where TApp : ZhibaoApp
{
    private static readonly string[] Headers = ["姓名", "所属单位", "执法证号", "发证机关", "有效期自", "有效期至", "取得知识产权执法资格日期", "在岗状态"];

    private DateOnly Today => Zhibao.Web.Platform.Clock.Today(App.Clock);

    [Fact]
    public async Task Officers_are_created_or_updated_by_certificate_number_or_name_and_unit_and_bad_rows_are_named()
    {
        using var admin = await App.ClientAsAsync("admin");
        var tomorrow = Today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var file = Workbook(Headers,
        [
            ["导入新人甲", "执法大队", "IMP-001", "天津市人民政府", "2023-01-01", "2027-12-31", "2023-06-01", "在岗"],   // 2: new
            ["李执法", "执法大队", "12011320002", "天津市市场监督管理委员会"],                                         // 3: zhifa1, new issuer
            ["导入无证乙", "天穆市场监督管理所"],                                                                    // 4: new, no certificate
            ["导入新人丙", "不存在的所"],                                                                           // 5: unit
            ["导入新人丁", "执法大队", "IMP-004", null, "2023-01-01"],                                                // 6: no end date
            ["导入新人戊", "天津市公安局北辰分局"],                                                                  // 7: outside body
            ["导入新人己", "执法大队", "IMP-006", null, "2024-01-01", "2023-01-01", tomorrow, "也许"],                 // 8: several
            ["导入新人庚", "执法大队", "imp-001", null, null, "2027-12-31"],                                          // 9: repeats row 2's number
        ]);
        var preview = await PreviewAsync(admin, "officers", file);
        Assert.Equal((8, 3, 5, 2, 0, 1), (preview.GetProperty("total").GetInt32(), preview.GetProperty("valid").GetInt32(),
            preview.GetProperty("invalid").GetInt32(), preview.GetProperty("new").GetInt32(), preview.GetProperty("unchanged").GetInt32(),
            preview.GetProperty("updated").GetInt32()));
        var messages = preview.GetProperty("invalidRows").EnumerateArray().ToDictionary(r => r.GetProperty("row").GetInt32(),
            r => r.GetProperty("errors").EnumerateArray().Select(e => $"{e.GetProperty("column").GetString()}：{e.GetProperty("message").GetString()}").ToList());
        Assert.Equal(["所属单位：所属单位“不存在的所”不存在或不在您的数据范围内，请填写本局内设机构或所属单位的名称"], messages[5]);
        Assert.Equal(["有效期至：有执法证的请填写有效期截止日期"], messages[6]);
        Assert.Equal(["所属单位：“天津市公安局北辰分局”是外部单位，执法人员只能属于本局及所属单位"], messages[7]);
        Assert.Equal(["在岗状态：在岗状态“也许”无效，应填“是”或“否”"], messages[8]);   // cell errors first; row checks once the cells read
        Assert.Equal(["执法证号：与第2行重复（执法证号相同），本行不导入"], messages[9]);

        var done = await ConfirmAsync(admin, "officers", preview.GetProperty("importId").GetString()!);
        Assert.Equal((2, 1), (done.GetProperty("inserted").GetInt32(), done.GetProperty("changed").GetInt32()));
        var officers = (await RegistryTestData.WithDbAsync(App, db => db.Officers.AsNoTracking().Include(o => o.OrgUnit)
            .Where(o => o.Name.StartsWith("导入") || o.Name == "李执法").ToListAsync())).ToDictionary(o => o.Name);
        Assert.Equal(["导入新人甲", "导入无证乙", "李执法"], officers.Keys.Order(StringComparer.Ordinal));
        var noCertificate = officers["导入无证乙"];
        Assert.Equal(("天穆市场监督管理所", null, true), (noCertificate.OrgUnit!.Name, noCertificate.CertificateNumber, noCertificate.IsActive));
        var created = officers["导入新人甲"];
        Assert.Equal(("IMP-001", new DateOnly(2027, 12, 31), new DateOnly(2023, 6, 1)), (created.CertificateNumber, created.CertificateValidTo, created.IpQualifiedOn));
        var updated = officers["李执法"];
        Assert.Equal(("天津市市场监督管理委员会", new DateOnly(2027, 12, 31), 1), (updated.CertificateIssuer, updated.CertificateValidTo, updated.Version));

        // The officer without a certificate is found by name and unit and gets one; the same file otherwise changes nothing.
        var second = await PreviewAsync(admin, "officers", Workbook(Headers,
        [
            ["导入无证乙", "天穆市场监督管理所", "IMP-002", "天津市人民政府", "2023-05-01", "2028-04-30"],
            ["导入新人甲", "执法大队", "IMP-001", "天津市人民政府", "2023-01-01", "2027-12-31", "2023-06-01", "在岗"],
            ["导入新人甲", "执法大队", null, null, null, null, null, "停用"],   // no number: the same person by name and unit
        ]));
        Assert.Equal((0, 1, 1, 1), (second.GetProperty("new").GetInt32(), second.GetProperty("unchanged").GetInt32(),
            second.GetProperty("updated").GetInt32(), second.GetProperty("invalid").GetInt32()));
        var sameRecord = Assert.Single(second.GetProperty("invalidRows").EnumerateArray());
        Assert.Equal(4, sameRecord.GetProperty("row").GetInt32());
        Assert.Equal("与第3行对应同一条已登记的执法人员记录，本行不导入", sameRecord.GetProperty("errors")[0].GetProperty("message").GetString());
        await ConfirmAsync(admin, "officers", second.GetProperty("importId").GetString()!);
        var completed = await RegistryTestData.WithDbAsync(App, db => db.Officers.AsNoTracking().SingleAsync(o => o.Name == "导入无证乙"));
        Assert.Equal(("IMP-002", new DateOnly(2028, 4, 30)), (completed.CertificateNumber, completed.CertificateValidTo));
    }
}

public sealed class OfficerImportTests_Sqlite(SqliteApp app) : OfficerImportTests<SqliteApp>(app);

public sealed class OfficerImportTests_Postgres(PostgresApp app) : OfficerImportTests<PostgresApp>(app);
