using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Registries;

/// <summary>A row of the officers' import sheet.</summary>
public sealed class OfficerImportRow
{
    public string Name { get; set; } = "";
    public int OrgUnitId { get; set; }
    public string? CertificateNumber { get; set; }
    public string? CertificateIssuer { get; set; }
    public DateOnly? CertificateValidFrom { get; set; }
    public DateOnly? CertificateValidTo { get; set; }
    public DateOnly? IpQualifiedOn { get; set; }
    public bool? IsActive { get; set; }
}

/// <summary>
/// 执法人员 import, keyed by 执法证号 when the row has one, else by 姓名 + 所属单位 (a row without a number also finds the
/// officer of that name in that unit who holds one; a row with a number also completes the record of that name and unit
/// that has none). Units are those of the importer's data scope; certificate numbers are unique across all units, as in
/// the form. The checks are the form's (<see cref="OfficerRegistry"/>).
/// </summary>
public sealed class OfficerImport : RegistryImport<OfficerImportRow, Officer>
{
    private const string NameHeader = "姓名";
    private const string UnitHeader = "所属单位";
    private const string NumberHeader = "执法证号";

    /// <summary>Units by name and by code: those in scope, or a message why not.</summary>
    private ImportUnits units = ImportUnits.Empty;
    /// <summary>Certificate numbers held by officers the importer cannot see.</summary>
    private HashSet<string> hiddenNumbers = [];

    public override string Registry => "officers";
    public override string Title => "执法人员";

    public override IReadOnlyList<ImportColumn<OfficerImportRow>> Columns => field ??=
    [
        Column.Text(NameHeader, 50, (r, v) => r.Name = v, required: true, example: "张三"),
        Column.Unit(UnitHeader, () => units, text => $"所属单位“{text}”不存在或不在您的数据范围内，请填写本局内设机构或所属单位的名称",
            (row, unit) => row.OrgUnitId = unit.Id, "本局内设机构或所属单位的名称（或单位编码），须在您的数据范围内", required: true, example: "执法大队"),
        new(NumberHeader, false, "12011329999", "无执法证的人员留空（不能承办案件）", (text, row) =>
        {
            var number = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
            if (number.Length > 50)
            {
                return "执法证号不超过50个字符";
            }
            if (hiddenNumbers.Contains(number))
            {
                return $"执法证号“{number}”已登记给其他单位的执法人员";
            }
            row.CertificateNumber = number;
            return null;
        }),
        Column.Text("发证机关", 100, (r, v) => r.CertificateIssuer = v, example: "天津市人民政府"),
        Column.Date("有效期自", (r, v) => r.CertificateValidFrom = v, example: "2023-01-01"),
        Column.Date("有效期至", (r, v) => r.CertificateValidTo = v, example: "2027-12-31", note: "有执法证的必填，日期格式如 2027-12-31"),
        Column.Date("取得知识产权执法资格日期", (r, v) => r.IpQualifiedOn = v, example: "2023-06-01", note: "未取得的留空；不能晚于导入当天"),
        Column.YesNo("在岗状态", (r, v) => r.IsActive = v, example: "在岗", note: "填“在岗”或“停用”，留空为在岗"),
    ];

    protected override async Task PrepareAsync(ZhibaoDb db, ImportContext context, CancellationToken ct)
    {
        units = await ImportUnits.InScopeAsync(db, context, name => $"“{name}”是外部单位，执法人员只能属于本局及所属单位", ct);
        // Certificate numbers are unique across all units, including those the importer cannot see.
        hiddenNumbers = (await db.Officers.IgnoreQueryFilters().AsNoTracking().Where(o => o.CertificateNumber != null)
                .Select(o => new { o.CertificateNumber, o.OrgUnitId }).ToListAsync(ct))
            .Where(o => !context.Sees(o.OrgUnitId)).Select(o => o.CertificateNumber!).ToHashSet(StringComparer.Ordinal);
    }

    protected override void Validate(OfficerImportRow row, ImportContext context, ImportRowErrors errors)
    {
        if (row.IpQualifiedOn is { } qualified && qualified > context.Today)
        {
            errors.Add("取得知识产权执法资格日期", "取得知识产权执法资格日期不能晚于今天");
        }
    }

    /// <summary>The form's certificate rules (OfficerRegistry.ValidateAsync) on the record as the row would leave it: blank cells keep what is stored.</summary>
    protected override void ValidateAgainst(OfficerImportRow row, Officer? existing, ImportContext context, ImportRowErrors errors)
    {
        var number = row.CertificateNumber ?? existing?.CertificateNumber;
        var from = row.CertificateValidFrom ?? existing?.CertificateValidFrom;
        var to = row.CertificateValidTo ?? existing?.CertificateValidTo;
        if (number is null)
        {
            if (row.CertificateValidFrom is not null || row.CertificateValidTo is not null || row.CertificateIssuer is not null)
            {
                errors.Add(NumberHeader, "填写了执法证发证机关或有效期，请填写执法证号");
            }
        }
        else if (to is null)
        {
            errors.Add("有效期至", "有执法证的请填写有效期截止日期");
        }
        if (from is { } start && to is { } end && end < start)
        {
            errors.Add("有效期至", "执法证有效期截止日期不能早于起始日期");
        }
    }

    private static string ByName(int unitId, string name) => $"{unitId}|{name}";

    protected override IReadOnlyList<string> RowKeys(OfficerImportRow row) => row.CertificateNumber is { } number
        ? ["C:" + number, "N:" + ByName(row.OrgUnitId, row.Name)]
        : ["N:" + ByName(row.OrgUnitId, row.Name), "H:" + ByName(row.OrgUnitId, row.Name)];

    /// <summary>An officer with a certificate is found by its number or (H:) by name and unit; one without only (N:) by name and unit.</summary>
    protected override IEnumerable<string> EntityKeys(Officer entity) => entity.CertificateNumber is { } number
        ? ["C:" + number, "H:" + ByName(entity.OrgUnitId, entity.Name)]
        : ["N:" + ByName(entity.OrgUnitId, entity.Name)];

    protected override string KeyColumn(OfficerImportRow row) => row.CertificateNumber is null ? $"{NameHeader}、{UnitHeader}" : NumberHeader;

    protected override IQueryable<Officer> Matching(ZhibaoDb db, IReadOnlyCollection<string> keys)
    {
        var numbers = keys.Where(k => k[0] == 'C').Select(k => k[2..]).ToList();
        var names = keys.Where(k => k[0] != 'C').Select(k => k[(k.IndexOf('|', StringComparison.Ordinal) + 1)..]).Distinct().ToList();
        return db.Officers.Where(o => (o.CertificateNumber != null && numbers.Contains(o.CertificateNumber)) || names.Contains(o.Name));
    }

    protected override bool Changes(OfficerImportRow row, Officer existing) =>
        Differs(row.Name, existing.Name) || Differs(row.OrgUnitId, existing.OrgUnitId) || Differs(row.CertificateNumber, existing.CertificateNumber)
        || Differs(row.CertificateIssuer, existing.CertificateIssuer) || Differs(row.CertificateValidFrom, existing.CertificateValidFrom)
        || Differs(row.CertificateValidTo, existing.CertificateValidTo) || Differs(row.IpQualifiedOn, existing.IpQualifiedOn)
        || Differs(row.IsActive, existing.IsActive);

    protected override Officer Create(OfficerImportRow row, ImportContext context)
    {
        var officer = new Officer { Name = row.Name };
        Apply(row, officer, context);
        officer.IsActive = row.IsActive ?? true;
        return officer;
    }

    protected override void Apply(OfficerImportRow row, Officer existing, ImportContext context)
    {
        existing.Name = row.Name;
        existing.OrgUnitId = row.OrgUnitId;
        existing.CertificateNumber = row.CertificateNumber ?? existing.CertificateNumber;
        existing.CertificateIssuer = row.CertificateIssuer ?? existing.CertificateIssuer;
        existing.CertificateValidFrom = row.CertificateValidFrom ?? existing.CertificateValidFrom;
        existing.CertificateValidTo = row.CertificateValidTo ?? existing.CertificateValidTo;
        existing.IpQualifiedOn = row.IpQualifiedOn ?? existing.IpQualifiedOn;
        existing.IsActive = row.IsActive ?? existing.IsActive;
    }
}
