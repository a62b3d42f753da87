using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Registries;

/// <summary>A row of the parties' import sheet.</summary>
public sealed class PartyImportRow
{
    public PartyKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string? UnifiedSocialCreditCode { get; set; }
    public string? ResidentIdNumber { get; set; }
    public string? LegalRepresentative { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Industry { get; set; }
}

/// <summary>
/// 当事人 import: enterprises keyed by 统一社会信用代码 (GB 32100), persons by 居民身份证号码 (GB 11643). The headers are the
/// export's, so an export can be corrected and imported again. New rows go in by <see cref="BulkInsert"/> (the benchmark's
/// ≥ 150,000 rows/s on SQLite, ≥ 200,000 on PostgreSQL; docs/benchmarks.md).
/// </summary>
public sealed class PartyImport : RegistryImport<PartyImportRow, Party>
{
    private const string KindHeader = "类型";
    private const string UsccHeader = "统一社会信用代码";
    private const string IdHeader = "居民身份证号码";

    public override string Registry => "parties";
    public override string Title => "当事人";

    public override IReadOnlyList<ImportColumn<PartyImportRow>> Columns => field ??=
    [
        new(KindHeader, true, "企业", "填“企业”（企业或其他组织）或“个人”", (text, row) =>
        {
            if (PartyRegistry.ParseKind(text) is not { } kind)
            {
                return $"类型“{text}”无效，应为：企业、个人";
            }
            row.Kind = kind;
            return null;
        }),
        Column.Text("名称/姓名", 200, (r, v) => r.Name = v, required: true, example: "天津市北辰区示例商贸有限公司",
            note: "企业名称或个人姓名，不超过200个字符"),
        Column.UnifiedSocialCreditCode(UsccHeader, (r, v) => r.UnifiedSocialCreditCode = v, example: "91120113MA05XYW122"),
        Column.ResidentIdNumber(IdHeader, (r, v) => r.ResidentIdNumber = v),
        Column.Text("法定代表人", 50, (r, v) => r.LegalRepresentative = v, example: "张三"),
        Column.Text("地址", 300, (r, v) => r.Address = v, example: "天津市北辰区北仓镇示例路1号"),
        Column.Text("联系电话", 50, (r, v) => r.Phone = v, example: "022-26391234"),
        Column.Text("所属行业", 100, (r, v) => r.Industry = v, example: "批发和零售业"),
    ];

    protected override void Validate(PartyImportRow row, ImportContext context, ImportRowErrors errors)
    {
        if (row.Kind == PartyKind.Enterprise)
        {
            if (row.UnifiedSocialCreditCode is null)
            {
                errors.Add(UsccHeader, "企业须填写统一社会信用代码");
            }
            if (row.ResidentIdNumber is not null)
            {
                errors.Add(IdHeader, "企业不填居民身份证号码（个人请把类型填为“个人”）");
            }
        }
        else
        {
            if (row.ResidentIdNumber is null)
            {
                errors.Add(IdHeader, "个人须填写居民身份证号码");
            }
            if (row.UnifiedSocialCreditCode is not null)
            {
                errors.Add(UsccHeader, "个人不填统一社会信用代码（企业请把类型填为“企业”）");
            }
        }
    }

    private static string Key(PartyKind kind, string? uscc, string? id) => kind == PartyKind.Enterprise ? "E:" + uscc : "P:" + id;

    protected override IReadOnlyList<string> RowKeys(PartyImportRow row) => [Key(row.Kind, row.UnifiedSocialCreditCode, row.ResidentIdNumber)];

    protected override string KeyColumn(PartyImportRow row) => row.Kind == PartyKind.Enterprise ? UsccHeader : IdHeader;

    protected override IQueryable<Party> Matching(ZhibaoDb db, IReadOnlyCollection<string> keys)
    {
        var codes = keys.Where(k => k[0] == 'E').Select(k => k[2..]).ToList();
        var ids = keys.Where(k => k[0] == 'P').Select(k => k[2..]).ToList();
        // Two index lookups joined by UNION ALL, rather than an OR that could stop either index being used. Each list goes as
        // one parameter (EF.Parameter: a JSON array on SQLite, an array on PostgreSQL) instead of one parameter per key.
        return ids.Count == 0 ? db.Parties.Where(p => EF.Parameter(codes).Contains(p.UnifiedSocialCreditCode!))
            : codes.Count == 0 ? db.Parties.Where(p => EF.Parameter(ids).Contains(p.ResidentIdNumber!))
            : db.Parties.Where(p => EF.Parameter(codes).Contains(p.UnifiedSocialCreditCode!))
                .Concat(db.Parties.Where(p => EF.Parameter(ids).Contains(p.ResidentIdNumber!)));
    }

    protected override IEnumerable<string> EntityKeys(Party entity) => [Key(entity.Kind, entity.UnifiedSocialCreditCode, entity.ResidentIdNumber)];

    protected override bool Changes(PartyImportRow row, Party existing) =>
        Differs(row.Name, existing.Name) || Differs(row.LegalRepresentative, existing.LegalRepresentative) || Differs(row.Address, existing.Address)
        || Differs(row.Phone, existing.Phone) || Differs(row.Industry, existing.Industry);

    protected override Party Create(PartyImportRow row, ImportContext context) => new()
    {
        Kind = row.Kind, Name = row.Name, UnifiedSocialCreditCode = row.UnifiedSocialCreditCode, ResidentIdNumber = row.ResidentIdNumber,
        LegalRepresentative = row.LegalRepresentative, Address = row.Address, Phone = row.Phone, Industry = row.Industry, CreatedAt = context.Now,
    };

    protected override void Apply(PartyImportRow row, Party existing, ImportContext context)
    {
        existing.Name = row.Name;
        existing.LegalRepresentative = row.LegalRepresentative ?? existing.LegalRepresentative;
        existing.Address = row.Address ?? existing.Address;
        existing.Phone = row.Phone ?? existing.Phone;
        existing.Industry = row.Industry ?? existing.Industry;
    }

    protected override Task<int> InsertAsync(ZhibaoDb db, IReadOnlyList<PartyImportRow> rows, ImportContext context, CancellationToken ct) =>
        BulkInsert.InsertAsync(db, "Parties", BulkColumns(context.Now), rows, ct);

    /// <summary>The Parties columns as EF stores them (Kind as its name, Version 0 for a new row).</summary>
    public static BulkColumn<PartyImportRow>[] BulkColumns(DateTime now)
    {
        object createdAt = now, version = 0;   // boxed once, not once per row
        return
        [
            new("Kind", BulkType.Text, r => r.Kind == PartyKind.Enterprise ? nameof(PartyKind.Enterprise) : nameof(PartyKind.Person)),
            new("Name", BulkType.Text, r => r.Name),
            new("UnifiedSocialCreditCode", BulkType.Text, r => r.UnifiedSocialCreditCode),
            new("ResidentIdNumber", BulkType.Text, r => r.ResidentIdNumber),
            new("LegalRepresentative", BulkType.Text, r => r.LegalRepresentative),
            new("Address", BulkType.Text, r => r.Address),
            new("Phone", BulkType.Text, r => r.Phone),
            new("Industry", BulkType.Text, r => r.Industry),
            new("CreatedAt", BulkType.Instant, _ => createdAt),
            new("Version", BulkType.WholeNumber, _ => version),
        ];
    }
}
