using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Registries;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Registries;

/// <summary>A row of the agencies' import sheet.</summary>
public sealed class AgencyImportRow
{
    public string Name { get; set; } = "";
    public string Code { get; set; } = "";
    public string? Licence { get; set; }
    public string? Filing { get; set; }
    public string? Address { get; set; }
    public string? ContactPerson { get; set; }
    public string? ContactPhone { get; set; }
    public List<(string Name, string? CertificateNumber)>? Attorneys { get; set; }
    public bool? IsActive { get; set; }
    public string? Remark { get; set; }
    public DateOnly? SignedOn { get; set; }
    public DateOnly? DueOn { get; set; }
}

/// <summary>
/// 代理机构 import, keyed by 统一社会信用代码 (GB 32100) like the form; 执业许可证号 and 备案号 are unique too, so a number
/// another agency holds is refused. A filled 代理师 cell replaces the attorneys (matched by name). 签署日期 records a signed
/// 信用承诺书 (completing an open request) unless one signed that day is registered; 应签署日期 requests one from an agency
/// that has none yet. New agencies are supervised by the importer's bureau. The headers are the export's.
/// </summary>
public sealed partial class AgencyImport(OrgTree tree) : RegistryImport<AgencyImportRow, Agency>
{
    private const string NameHeader = "名称";
    private const string CodeHeader = "统一社会信用代码";
    private const string LicenceHeader = "专利代理机构执业许可证号";
    private const string FilingHeader = "商标代理机构备案号";
    private const string AttorneysHeader = "代理师";
    private const string SignedHeader = "签署日期";
    private const string DueHeader = "应签署日期";

    /// <summary>Licence and filing numbers → (code, name) of the agency holding them: registered, or an earlier row of the file.</summary>
    private Dictionary<string, (string Code, string Name)> numbers = [];
    private int? bureauId;
    private string actor = "系统";

    public override string Registry => "agencies";
    public override string Title => "代理机构";

    public override IReadOnlyList<ImportColumn<AgencyImportRow>> Columns => field ??=
    [
        Column.Text(NameHeader, 200, (r, v) => r.Name = v, required: true, example: "天津市北辰区示例知识产权代理有限公司"),
        Column.UnifiedSocialCreditCode(CodeHeader, (r, v) => r.Code = v, required: true, example: "91120113MA05T1234X"),
        Column.Text(LicenceHeader, 50, (r, v) => r.Licence = Number(v), example: "12345",
            note: "专利代理机构执业许可证号（机构代码）；与商标代理机构备案号至少填写一项"),
        Column.Text(FilingHeader, 50, (r, v) => r.Filing = Number(v), example: "TM2023001",
            note: "商标代理机构备案号；与专利代理机构执业许可证号至少填写一项"),
        Column.Text("地址", 300, (r, v) => r.Address = v, example: "天津市北辰区北仓镇示例路1号"),
        Column.Text("联系人", 50, (r, v) => r.ContactPerson = v, example: "张三"),
        Column.Text("联系电话", 50, (r, v) => r.ContactPhone = v, example: "022-26391234"),
        new(AttorneysHeader, false, "李四（12120001）、王五",
            "代理师姓名，执业证号写在姓名后的括号内，多人用顿号分隔，如：李四（12120001）、王五；填写后以本列为准（未列出的代理师将移除）",
            (text, row) =>
            {
                var (attorneys, error) = ParseAttorneys(text);
                row.Attorneys = attorneys;
                return error;
            }),
        Column.YesNo("在业", (r, v) => r.IsActive = v, note: "填“是”或“否”（不再在本区执业），留空为是"),
        Column.Text("备注", 1000, (r, v) => r.Remark = v),
        Column.Date(SignedHeader, (r, v) => r.SignedOn = v, note: "信用承诺书签署日期：填写即登记一份已签署的信用承诺（已登记同日签署的不重复登记），不能晚于今天"),
        Column.Date(DueHeader, (r, v) => r.DueOn = v, example: "2023-12-31",
            note: "尚无任何信用承诺的机构：要求签署信用承诺书的日期（到期未签署将提醒知识产权科），不能早于今天；已有承诺的机构忽略此列"),
    ];

    /// <summary>Licence and filing numbers as the form stores them: without spaces, letters in upper case.</summary>
    private static string Number(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    [GeneratedRegex(@"^(?<name>[^（(）)]+?)\s*(?:[（(]\s*(?<number>[^（(）)]*?)\s*[）)])?$")]
    private static partial Regex AttorneyPattern();

    /// <summary>张三（证号）、李四 → the attorneys, or a Chinese message.</summary>
    public static (List<(string Name, string? CertificateNumber)>? Attorneys, string? Error) ParseAttorneys(string text)
    {
        var list = new List<(string, string?)>();
        foreach (var part in text.Split(['、', '，', ',', '；', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = AttorneyPattern().Match(part);
            if (!match.Success)
            {
                return (null, $"代理师“{part}”格式不对，应为“姓名（执业证号）”或“姓名”，多人用顿号分隔");
            }
            var name = match.Groups["name"].Value.Trim();
            var number = match.Groups["number"].Value is { Length: > 0 } n ? Number(n) : null;
            if (name.Length > 50 || number?.Length > 50)
            {
                return (null, $"代理师“{part}”：姓名、执业证号均不超过50个字符");
            }
            if (list.Any(t => t.Item1 == name))
            {
                return (null, $"代理师“{name}”重复");
            }
            list.Add((name, number));
        }
        return (list, null);
    }

    protected override async Task PrepareAsync(ZhibaoDb db, ImportContext context, CancellationToken ct)
    {
        bureauId = (await AgencyRegistry.BureauOfAsync(db, tree, context.Scope.OrgUnitId, ct))?.Id;
        actor = await ImportActor.NameAsync(db, context, ct);
        numbers = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var a in await db.Agencies.AsNoTracking().Select(a => new { a.UnifiedSocialCreditCode, a.Name, a.PatentLicenceNumber, a.TrademarkFilingNumber })
                     .Where(a => a.PatentLicenceNumber != null || a.TrademarkFilingNumber != null).ToListAsync(ct))
        {
            foreach (var key in new[] { Licence(a.PatentLicenceNumber), Filing(a.TrademarkFilingNumber) }.OfType<string>())
            {
                numbers[key] = (a.UnifiedSocialCreditCode, a.Name);
            }
        }
    }

    private static string? Licence(string? number) => number is null ? null : "L:" + number;

    private static string? Filing(string? number) => number is null ? null : "F:" + number;

    protected override void Validate(AgencyImportRow row, ImportContext context, ImportRowErrors errors)
    {
        if (row.SignedOn > context.Today)
        {
            errors.Add(SignedHeader, "签署日期不能晚于今天");
        }
        foreach (var (header, label, key) in new[] { (LicenceHeader, "执业许可证号", Licence(row.Licence)), (FilingHeader, "备案号", Filing(row.Filing)) })
        {
            if (key is null)
            {
                continue;
            }
            if (numbers.TryGetValue(key, out var holder) && holder.Code != row.Code)
            {
                errors.Add(header, $"{label}“{key[2..]}”已登记为代理机构“{holder.Name}”（统一社会信用代码{holder.Code}）");
            }
            else if (!errors.Any)
            {
                numbers[key] = (row.Code, row.Name);   // a later row of the file may not take it either
            }
        }
    }

    protected override void ValidateAgainst(AgencyImportRow row, Agency? existing, ImportContext context, ImportRowErrors errors)
    {
        if ((row.Licence ?? existing?.PatentLicenceNumber) is null && (row.Filing ?? existing?.TrademarkFilingNumber) is null)
        {
            errors.Add(LicenceHeader, "专利代理机构执业许可证号与商标代理机构备案号至少填写一项");
        }
        if (row.DueOn is { } due && (existing?.Commitments ?? []).Count == 0 && due < context.Today)
        {
            errors.Add(DueHeader, "信用承诺书应签署日期不能早于今天");
        }
        if (existing is null && bureauId is null)
        {
            errors.Add(NameHeader, "无法确定监管单位（本人所属区局）");
        }
    }

    protected override IReadOnlyList<string> RowKeys(AgencyImportRow row) => [row.Code];

    protected override string KeyColumn(AgencyImportRow row) => CodeHeader;

    protected override IQueryable<Agency> Matching(ZhibaoDb db, IReadOnlyCollection<string> keys) =>
        db.Agencies.Include(a => a.Attorneys).Include(a => a.Commitments).AsSplitQuery().Where(a => keys.Contains(a.UnifiedSocialCreditCode));

    protected override IEnumerable<string> EntityKeys(Agency entity) => [entity.UnifiedSocialCreditCode];

    private static bool SameAttorneys(List<(string Name, string? CertificateNumber)> incoming, List<AgencyAttorney> stored) =>
        incoming.Count == stored.Count && incoming.All(t => stored.Any(s => s.Name == t.Name && s.CertificateNumber == t.CertificateNumber));

    /// <summary>Whether the row records a signature not yet registered.</summary>
    private static bool Signs(AgencyImportRow row, Agency agency) =>
        row.SignedOn is { } signed && !agency.Commitments.Any(c => c.Status != CommitmentStatus.Unsigned && c.SignedOn == signed);

    private static bool Requests(AgencyImportRow row, Agency agency) => row.DueOn is not null && row.SignedOn is null && agency.Commitments.Count == 0;

    protected override bool Changes(AgencyImportRow row, Agency existing) =>
        Differs(row.Name, existing.Name) || Differs(row.Licence, existing.PatentLicenceNumber) || Differs(row.Filing, existing.TrademarkFilingNumber)
        || Differs(row.Address, existing.Address) || Differs(row.ContactPerson, existing.ContactPerson) || Differs(row.ContactPhone, existing.ContactPhone)
        || Differs(row.IsActive, existing.IsActive) || Differs(row.Remark, existing.Remark)
        || (row.Attorneys is { } attorneys && !SameAttorneys(attorneys, existing.Attorneys))
        || Signs(row, existing) || Requests(row, existing);

    protected override Agency Create(AgencyImportRow row, ImportContext context)
    {
        var agency = new Agency { Name = row.Name, UnifiedSocialCreditCode = row.Code, OrgUnitId = bureauId!.Value, CreatedAt = context.Now };
        Apply(row, agency, context);
        return agency;
    }

    protected override void Apply(AgencyImportRow row, Agency existing, ImportContext context)
    {
        var requests = Requests(row, existing);
        var signs = Signs(row, existing);
        existing.Name = row.Name;
        existing.PatentLicenceNumber = row.Licence ?? existing.PatentLicenceNumber;
        existing.TrademarkFilingNumber = row.Filing ?? existing.TrademarkFilingNumber;
        existing.Address = row.Address ?? existing.Address;
        existing.ContactPerson = row.ContactPerson ?? existing.ContactPerson;
        existing.ContactPhone = row.ContactPhone ?? existing.ContactPhone;
        existing.IsActive = row.IsActive ?? existing.IsActive;
        existing.Remark = row.Remark ?? existing.Remark;
        existing.UpdatedAt = context.Now;
        if (row.Attorneys is { } attorneys)
        {
            existing.Attorneys.RemoveAll(s => attorneys.All(t => t.Name != s.Name));
            foreach (var (name, number) in attorneys)
            {
                if (existing.Attorneys.FirstOrDefault(s => s.Name == name) is { } stored)
                {
                    stored.CertificateNumber = number;
                }
                else
                {
                    existing.Attorneys.Add(new AgencyAttorney { Name = name, CertificateNumber = number });
                }
            }
        }
        if (signs)
        {
            // The oldest open request is the one signed; without one, the signature is a commitment of its own.
            if (existing.Commitments.Where(c => c.Status == CommitmentStatus.Unsigned).OrderBy(c => c.DueOn).ThenBy(c => c.Id).FirstOrDefault() is { } open)
            {
                open.Status = CommitmentStatus.Signed;
                open.SignedOn = row.SignedOn;
            }
            else
            {
                existing.Commitments.Add(new CreditCommitment
                {
                    Status = CommitmentStatus.Signed, SignedOn = row.SignedOn, CreatedAt = context.Now, CreatedByName = actor, Remark = "Excel导入",
                });
            }
        }
        else if (requests)
        {
            existing.Commitments.Add(new CreditCommitment
            {
                Status = CommitmentStatus.Unsigned, DueOn = row.DueOn, CreatedAt = context.Now, CreatedByName = actor, Remark = "Excel导入",
            });
        }
    }
}
