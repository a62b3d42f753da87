using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Calendar;
using Zhibao.Domain.Leads;
using Zhibao.Web.Platform.Calendar;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Leads;

/// <summary>A row of the leads' import sheet.</summary>
public sealed class LeadImportRow
{
    public LeadKind Kind { get; set; }
    public int SourceUnitId { get; set; }
    public string SourceName { get; set; } = "";
    public string? SourceReference { get; set; }
    public string? BatchReference { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public DateOnly? SenderDeadlineOn { get; set; }
    public int? SenderDeadlineWorkingDays { get; set; }
    public string? ApplicationNumber { get; set; }
    public string? OtherNumbers { get; set; }
    public string? RightName { get; set; }
    public string? NiceClasses { get; set; }
    public string Applicant { get; set; } = "";
    public string? AgencyName { get; set; }
    public string? Area { get; set; }
    public string? Summary { get; set; }
    public int? OrgUnitId { get; set; }
}

/// <summary>
/// Import of the lists of abnormal patent applications and malicious trademark registrations the city bureau or CNIPA
/// send (国家知识产权局令第77号第十一条), keyed like the form by kind | 交办单位 | 申请号 (<see cref="LeadService.NaturalKey"/>),
/// across units: a lead another unit handles is refused, not registered twice. A new lead is registered 待分派 with its reply
/// deadline clocked as in the form; for a registered one only what the sender describes (来文文号, names, applicant, agency,
/// 街镇, content…) is updated, with a 处理记录 entry — its receipt date, deadline and handling unit are its own workflow's.
/// </summary>
public sealed class LeadImport(CalendarService calendars) : RegistryImport<LeadImportRow, Lead>
{
    private const string KindHeader = "线索类型";
    private const string SourceHeader = "交办单位";
    private const string ReceivedHeader = "收到日期";
    private const string DeadlineHeader = "交办期限";
    private const string WorkingDaysHeader = "交办期限（工作日）";
    private const string NumberHeader = "申请号/注册号";
    private const string UnitHeader = "承办单位";

    private ImportUnits senders = ImportUnits.Empty;
    private ImportUnits units = ImportUnits.Empty;
    private HashSet<string> areas = [];
    private WorkingCalendar? calendar;
    private string actor = "系统";

    public override string Registry => "leads";
    public override string Title => "线索";
    public override string Permission => Data.Permissions.CaseHandle;

    private static readonly Dictionary<string, LeadKind> Kinds = LeadWorkflow.AbnormalFilingKinds.ToDictionary(LeadWorkflow.Name);

    public override IReadOnlyList<ImportColumn<LeadImportRow>> Columns => field ??=
    [
        Column.Choice(KindHeader, Kinds, (r, v) => r.Kind = v, required: true),
        Column.Unit(SourceHeader, () => senders, text => $"交办单位“{text}”不是组织机构中的外部单位，请先在组织机构中登记，或填写其名称/编码",
            (row, unit) => (row.SourceUnitId, row.SourceName) = (unit.Id, unit.Name),
            "组织机构中的外部单位名称（或单位编码），如国家知识产权局、天津市知识产权局", required: true, example: "天津市知识产权局"),
        Column.Text("来文文号", 100, (r, v) => r.SourceReference = v, example: "津知函〔2023〕12号"),
        Column.Text("批次号", 100, (r, v) => r.BatchReference = v, example: "2023-10"),
        Column.Date(ReceivedHeader, (r, v) => r.ReceivedOn = v, required: true, example: "2023-10-09", note: "收到线索的日期，不能晚于导入当天"),
        Column.Date(DeadlineHeader, (r, v) => r.SenderDeadlineOn = v, note: "交办单位要求的反馈截止日期；与交办期限（工作日）只填一项"),
        Column.Whole(WorkingDaysHeader, 1, LeadService.MaxDeadlineWorkingDays, (r, v) => r.SenderDeadlineWorkingDays = v, example: "15",
            note: $"收到之日起若干个工作日内反馈（1到{LeadService.MaxDeadlineWorkingDays}），节假日不计、调休上班日计入；与交办期限只填一项"),
        Column.Text(NumberHeader, 50, (r, v) => r.ApplicationNumber = v, required: true, example: "202310123456.6",
            note: "非正常专利申请填专利申请号（核对校验位），恶意商标注册填商标申请号/注册号；同一交办单位的同一号码只登记一次"),
        Column.Text("其他申请号", 1000, (r, v) => r.OtherNumbers = v),
        Column.Text("名称", 200, (r, v) => r.RightName = v, example: "一种示例装置", note: "发明创造名称或商标名称"),
        Column.Text("类别", 100, (r, v) => r.NiceClasses = v, note: "商标的尼斯分类类别，如 25、35"),
        Column.Text("申请人", 200, (r, v) => r.Applicant = v, required: true, example: "天津市北辰区示例科技有限公司"),
        Column.Text("代理机构", 200, (r, v) => r.AgencyName = v),
        Column.DictionaryLabel("街镇", () => areas, (r, v) => r.Area = v, example: "北仓镇"),
        Column.Text("线索内容", 4000, (r, v) => r.Summary = v),
        Column.Unit(UnitHeader, () => units, text => $"承办单位“{text}”不存在或不在您的数据范围内", (row, unit) => row.OrgUnitId = unit.Id,
            "本人数据权限范围内的单位名称（或单位编码）；留空为本人所属单位；已登记的线索不因导入改变承办单位"),
    ];

    protected override async Task PrepareAsync(ZhibaoDb db, ImportContext context, CancellationToken ct)
    {
        senders = await ImportUnits.ExternalAsync(db, ct);
        units = await ImportUnits.InScopeAsync(db, context, name => $"“{name}”是外部单位，线索的承办单位只能是本局及所属单位", ct);
        areas = await ImportDictionaries.LabelsAsync(db, "area", ct);
        calendar = await calendars.GetAsync(ct);
        actor = await ImportActor.NameAsync(db, context, ct);
    }

    /// <summary>The form's checks (<see cref="LeadService.CreateAsync"/>).</summary>
    protected override void Validate(LeadImportRow row, ImportContext context, ImportRowErrors errors)
    {
        var number = LeadService.CheckApplicationNumber(row.Kind, row.ApplicationNumber);
        if (number.IsValid)
        {
            row.ApplicationNumber = number.Normalized;
        }
        else
        {
            errors.Add(NumberHeader, number.Error!);
        }
        if (row.ReceivedOn > context.Today)
        {
            errors.Add(ReceivedHeader, "收到日期不能晚于今天");
        }
        if (row.SenderDeadlineOn is not null && row.SenderDeadlineWorkingDays is not null)
        {
            errors.Add(DeadlineHeader, "交办期限请填写截止日期或工作日数其中一项");
        }
        if (row.SenderDeadlineOn < row.ReceivedOn)
        {
            errors.Add(DeadlineHeader, "交办期限不能早于收到日期");
        }
    }

    protected override void ValidateAgainst(LeadImportRow row, Lead? existing, ImportContext context, ImportRowErrors errors)
    {
        if (existing is null)
        {
            if (row.OrgUnitId is null && !units.Allows(context.Scope.OrgUnitId))
            {
                errors.Add(UnitHeader, "请填写承办单位（本人数据权限范围内的单位）");
            }
            return;
        }
        if (!context.Sees(existing.OrgUnitId))
        {
            errors.Add(NumberHeader, $"该线索已于{existing.ReceivedOn:yyyy-MM-dd}登记（线索编号{existing.Id}，承办单位：{units.NameOf(existing.OrgUnitId)}），不能重复登记");
            return;
        }
        if (row.ReceivedOn != existing.ReceivedOn)
        {
            errors.Add(ReceivedHeader, $"该线索已登记（线索编号{existing.Id}），收到日期为{existing.ReceivedOn:yyyy-MM-dd}，不能通过导入修改");
        }
        if ((row.SenderDeadlineOn is not null || row.SenderDeadlineWorkingDays is not null)
            && (row.SenderDeadlineOn != existing.SenderDeadlineOn || row.SenderDeadlineWorkingDays != existing.SenderDeadlineWorkingDays))
        {
            errors.Add(DeadlineHeader, $"该线索已登记（线索编号{existing.Id}），交办期限不能通过导入修改");
        }
        if (row.OrgUnitId is { } unit && unit != existing.OrgUnitId)
        {
            errors.Add(UnitHeader, $"该线索已由{units.NameOf(existing.OrgUnitId)}承办（线索编号{existing.Id}），导入不改变承办单位");
        }
    }

    private static string Key(LeadImportRow row) => LeadService.NaturalKey(row.Kind, row.SourceUnitId, row.ApplicationNumber, row.SourceReference)!;

    protected override IReadOnlyList<string> RowKeys(LeadImportRow row) => [Key(row)];

    protected override string KeyColumn(LeadImportRow row) => NumberHeader;

    /// <summary>Across units: the same lead registered by another unit is still the same lead.</summary>
    protected override IQueryable<Lead> Matching(ZhibaoDb db, IReadOnlyCollection<string> keys) =>
        db.Leads.IgnoreQueryFilters().Where(l => keys.Contains(l.NaturalKey!));

    protected override IEnumerable<string> EntityKeys(Lead entity) => [entity.NaturalKey!];

    protected override bool Changes(LeadImportRow row, Lead existing) =>
        Differs(row.SourceReference, existing.SourceReference) || Differs(row.BatchReference, existing.BatchReference)
        || Differs(row.OtherNumbers, existing.OtherNumbers) || Differs(row.RightName, existing.RightName) || Differs(row.NiceClasses, existing.NiceClasses)
        || Differs(row.Applicant, existing.Applicant) || Differs(row.AgencyName, existing.AgencyName) || Differs(row.Area, existing.Area)
        || Differs(row.Summary, existing.Summary);

    protected override Lead Create(LeadImportRow row, ImportContext context)
    {
        var lead = new Lead
        {
            Kind = row.Kind, Status = LeadStatus.Received, NaturalKey = Key(row), SourceUnitId = row.SourceUnitId, ReceivedOn = row.ReceivedOn,
            SenderDeadlineOn = row.SenderDeadlineOn, SenderDeadlineWorkingDays = row.SenderDeadlineWorkingDays,
            ReplyDueOn = LeadReplyClock.Due(calendar!, row.ReceivedOn, row.SenderDeadlineOn, row.SenderDeadlineWorkingDays)?.DueOn,
            Subject = LeadWorkflow.DefaultSubject(row.Kind), ApplicationNumber = row.ApplicationNumber, Applicant = row.Applicant,
            OrgUnitId = row.OrgUnitId ?? context.Scope.OrgUnitId ?? 0, CreatedAt = context.Now, CreatedById = context.Scope.UserId ?? 0,
        };
        Describe(row, lead, context);
        lead.Events.Add(Event(context, "register", $"登记线索（{row.SourceName}交办，Excel导入）",
            row.SourceReference is null ? null : $"来文文号：{row.SourceReference}"));
        return lead;
    }

    protected override void Apply(LeadImportRow row, Lead existing, ImportContext context)
    {
        Describe(row, existing, context);
        existing.Events.Add(Event(context, "import", "按交办单位名单更新线索信息（Excel导入）", null));
    }

    private static void Describe(LeadImportRow row, Lead lead, ImportContext context)
    {
        lead.SourceReference = row.SourceReference ?? lead.SourceReference;
        lead.BatchReference = row.BatchReference ?? lead.BatchReference;
        lead.OtherNumbers = row.OtherNumbers ?? lead.OtherNumbers;
        lead.RightName = row.RightName ?? lead.RightName;
        lead.NiceClasses = row.NiceClasses ?? lead.NiceClasses;
        lead.Applicant = row.Applicant;
        lead.AgencyName = row.AgencyName ?? lead.AgencyName;
        lead.Area = row.Area ?? lead.Area;
        lead.Summary = row.Summary ?? lead.Summary;
        lead.UpdatedAt = context.Now;
    }

    private LeadEvent Event(ImportContext context, string action, string title, string? comment) => new()
    {
        At = context.Now, ActorId = context.Scope.UserId, ActorName = actor, Action = action, Title = title, Comment = comment,
    };
}
