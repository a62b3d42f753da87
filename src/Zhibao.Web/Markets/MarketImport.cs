using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Markets;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Markets;

/// <summary>A row of the markets' import sheet.</summary>
public sealed class MarketImportRow
{
    public string Name { get; set; } = "";
    public MarketKind? Kind { get; set; }
    public string? OperatorName { get; set; }
    public string? OperatorUscc { get; set; }
    public string? Address { get; set; }
    public string? Area { get; set; }
    public int? StallCount { get; set; }
    public string? Contact { get; set; }
    public string? Phone { get; set; }
    public int? OrgUnitId { get; set; }
    public MarketSystemStatus? EntryCommitmentStatus { get; set; }
    public int? CommitmentCount { get; set; }
    public MarketSystemStatus? AdvanceCompensationStatus { get; set; }
    public decimal? CompensationFund { get; set; }
    public MarketSystemStatus? CounterfeitExitStatus { get; set; }
    public string? Remark { get; set; }
}

/// <summary>
/// 规范化市场 import, keyed by the market's name across all units like the form (<see cref="MarketRegistry"/>): a market
/// another unit supervises, out of the importer's data scope, is refused rather than changed. New markets belong to the
/// unit named in 监管单位, or to the importer's own. Inspections, claims paid and removals are field records kept on the
/// market's page. The headers are the export's, so an export can be corrected and imported again.
/// </summary>
public sealed class MarketImport : RegistryImport<MarketImportRow, Market>
{
    private const string NameHeader = "市场名称";
    private const string KindHeader = "类型";
    private const string OperatorHeader = "开办者";
    private const string UnitHeader = "监管单位";
    private const string CommitmentHeader = "签署承诺户数";

    private ImportUnits units = ImportUnits.Empty;
    private HashSet<string> areas = [];

    public override string Registry => "markets";
    public override string Title => "市场";

    private static readonly Dictionary<string, MarketKind> Kinds = Enum.GetValues<MarketKind>().ToDictionary(MarketKinds.Name);
    private static readonly Dictionary<string, MarketSystemStatus> Statuses = Enum.GetValues<MarketSystemStatus>().ToDictionary(MarketRating.Name);

    public override IReadOnlyList<ImportColumn<MarketImportRow>> Columns => field ??=
    [
        Column.Text(NameHeader, 200, (r, v) => r.Name = v, required: true, example: "北辰区示例小商品市场", note: "全局唯一，已登记的市场按名称更新"),
        Column.Choice(KindHeader, Kinds, (r, v) => r.Kind = v, example: MarketKinds.Name(MarketKind.CommodityMarket),
            note: $"新登记的必填：{string.Join("、", Kinds.Keys)}"),
        Column.Text(OperatorHeader, 200, (r, v) => r.OperatorName = v, example: "天津市北辰区示例市场管理有限公司", note: "开办者/运营者名称，新登记的必填"),
        Column.UnifiedSocialCreditCode("统一社会信用代码", (r, v) => r.OperatorUscc = v, example: "91120113MA05T1234X"),
        Column.Text("地址", 300, (r, v) => r.Address = v, example: "天津市北辰区天穆镇示例路8号"),
        Column.DictionaryLabel("街镇", () => areas, (r, v) => r.Area = v, example: "天穆镇"),
        Column.Whole("摊位数", 0, 1_000_000, (r, v) => r.StallCount = v, example: "120", note: "摊位（电商平台为店铺）数，0到1000000之间的整数"),
        Column.Text("联系人", 50, (r, v) => r.Contact = v, example: "张三"),
        Column.Text("联系电话", 50, (r, v) => r.Phone = v, example: "022-26391234"),
        Column.Unit(UnitHeader, () => units, text => $"监管单位“{text}”不存在或不在您的数据范围内", (row, unit) => row.OrgUnitId = unit.Id,
            "本人数据权限范围内的单位名称（或单位编码）；新登记的留空为本人所属单位"),
        Column.Choice("准入承诺", Statuses, (r, v) => r.EntryCommitmentStatus = v, example: MarketRating.Name(MarketSystemStatus.Established),
            note: $"知识产权准入承诺制度：{string.Join("、", Statuses.Keys)}；新登记的留空为未建立"),
        Column.Whole(CommitmentHeader, 0, 1_000_000, (r, v) => r.CommitmentCount = v, example: "100", note: "签署准入承诺的经营户数，不超过摊位数"),
        Column.Choice("先行赔偿", Statuses, (r, v) => r.AdvanceCompensationStatus = v, example: MarketRating.Name(MarketSystemStatus.Established),
            note: $"先行赔偿制度：{string.Join("、", Statuses.Keys)}；新登记的留空为未建立"),
        Column.Amount("先行赔偿金（元）", 0m, 1_000_000_000m, (r, v) => r.CompensationFund = v, example: "50000"),
        Column.Choice("假冒离场", Statuses, (r, v) => r.CounterfeitExitStatus = v, example: MarketRating.Name(MarketSystemStatus.NotEstablished),
            note: $"假冒离场制度：{string.Join("、", Statuses.Keys)}；新登记的留空为未建立"),
        Column.Text("备注", 2000, (r, v) => r.Remark = v),
    ];

    protected override async Task PrepareAsync(ZhibaoDb db, ImportContext context, CancellationToken ct)
    {
        units = await ImportUnits.InScopeAsync(db, context, name => $"“{name}”是外部单位，市场的监管单位只能是本局及所属单位", ct);
        areas = await ImportDictionaries.LabelsAsync(db, "area", ct);
    }

    protected override void ValidateAgainst(MarketImportRow row, Market? existing, ImportContext context, ImportRowErrors errors)
    {
        if (existing is not null && !context.Sees(existing.OrgUnitId))
        {
            errors.Add(NameHeader, $"市场“{existing.Name}”已由{units.NameOf(existing.OrgUnitId)}登记（编号{existing.Id}），不在您的数据范围内，请勿重复登记");
            return;
        }
        if (existing is null)
        {
            if (row.Kind is null)
            {
                errors.Add(KindHeader, $"请填写市场类型：{string.Join("、", Kinds.Keys)}");
            }
            if (row.OperatorName is null)
            {
                errors.Add(OperatorHeader, "请填写开办者名称");
            }
            if (row.OrgUnitId is null && !units.Allows(context.Scope.OrgUnitId))
            {
                errors.Add(UnitHeader, "请填写监管单位（本人数据权限范围内的单位）");
            }
        }
        var stalls = row.StallCount ?? existing?.StallCount ?? 0;
        var signed = row.CommitmentCount ?? existing?.CommitmentCount ?? 0;
        if (signed > stalls)
        {
            errors.Add(CommitmentHeader, $"签署准入承诺的经营户数（{signed}）不能超过摊位数（{stalls}）");
        }
    }

    protected override IReadOnlyList<string> RowKeys(MarketImportRow row) => [row.Name];

    protected override string KeyColumn(MarketImportRow row) => NameHeader;

    /// <summary>Across units: a market's name is its natural key for the whole bureau.</summary>
    protected override IQueryable<Market> Matching(ZhibaoDb db, IReadOnlyCollection<string> keys) =>
        db.Markets.IgnoreQueryFilters().Where(m => keys.Contains(m.Name));

    protected override IEnumerable<string> EntityKeys(Market entity) => [entity.Name];

    protected override bool Changes(MarketImportRow row, Market existing) =>
        Differs(row.Kind, existing.Kind) || Differs(row.OperatorName, existing.OperatorName) || Differs(row.OperatorUscc, existing.OperatorUscc)
        || Differs(row.Address, existing.Address) || Differs(row.Area, existing.Area) || Differs(row.StallCount, existing.StallCount)
        || Differs(row.Contact, existing.Contact) || Differs(row.Phone, existing.Phone) || Differs(row.OrgUnitId, existing.OrgUnitId)
        || Differs(row.EntryCommitmentStatus, existing.EntryCommitmentStatus) || Differs(row.CommitmentCount, existing.CommitmentCount)
        || Differs(row.AdvanceCompensationStatus, existing.AdvanceCompensationStatus) || Differs(row.CompensationFund, existing.CompensationFund)
        || Differs(row.CounterfeitExitStatus, existing.CounterfeitExitStatus) || Differs(row.Remark, existing.Remark);

    protected override Market Create(MarketImportRow row, ImportContext context)
    {
        var market = new Market { Name = row.Name, OrgUnitId = context.Scope.OrgUnitId ?? 0, CreatedAt = context.Now };
        Apply(row, market, context);
        return market;
    }

    protected override void Apply(MarketImportRow row, Market existing, ImportContext context)
    {
        existing.Kind = row.Kind ?? existing.Kind;
        if (Differs(row.OperatorName, existing.OperatorName) || Differs(row.OperatorUscc, existing.OperatorUscc))
        {
            existing.OperatorPartyId = null;   // another operator than the linked party
        }
        existing.OperatorName = row.OperatorName ?? existing.OperatorName;
        existing.OperatorUscc = row.OperatorUscc ?? existing.OperatorUscc;
        existing.Address = row.Address ?? existing.Address;
        existing.Area = row.Area ?? existing.Area;
        existing.StallCount = row.StallCount ?? existing.StallCount;
        existing.Contact = row.Contact ?? existing.Contact;
        existing.Phone = row.Phone ?? existing.Phone;
        existing.OrgUnitId = row.OrgUnitId ?? existing.OrgUnitId;
        existing.EntryCommitmentStatus = row.EntryCommitmentStatus ?? existing.EntryCommitmentStatus;
        existing.CommitmentCount = row.CommitmentCount ?? existing.CommitmentCount;
        existing.AdvanceCompensationStatus = row.AdvanceCompensationStatus ?? existing.AdvanceCompensationStatus;
        existing.CompensationFund = row.CompensationFund ?? existing.CompensationFund;
        existing.CounterfeitExitStatus = row.CounterfeitExitStatus ?? existing.CounterfeitExitStatus;
        existing.Remark = row.Remark ?? existing.Remark;
        existing.UpdatedAt = context.Now;
    }
}
