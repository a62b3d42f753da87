using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Calendar;
using Zhibao.Domain.Identifiers;
using Zhibao.Domain.Intake;
using Zhibao.Domain.Leads;
using Zhibao.Web.Leads;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Calendar;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Intake;

/// <summary>A row of the 12315 platform's export, as the import template lays it out.</summary>
public sealed class Intake12315Row
{
    public string Number { get; set; } = "";
    public LeadKind Kind { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public TimeOnly? ReceivedTime { get; set; }
    public string? InformantName { get; set; }
    public bool Anonymous { get; set; }
    public string? Phone { get; set; }
    public string? IdNumber { get; set; }
    public string? Address { get; set; }
    public string Respondent { get; set; } = "";
    public IntakeSubject? Subject { get; set; }
    public string? RightName { get; set; }
    public string? KeySector { get; set; }
    public string Description { get; set; } = "";
    public string? Area { get; set; }
    public bool? Reward { get; set; }
}

/// <summary>
/// 12315 import (ADR 0009 pipeline, ADR 0011): the complaints and reports the national 12315 platform exports, one per
/// row, keyed by the platform's 登记编号 — importing the same export twice registers nothing twice, whoever registered the
/// number first (a number registered already shows as 无变化; the platform's later changes are not copied over what the
/// bureau has done since). Rows are checked like the registration form: a complaint names its complainant and phone, a
/// real-name report its reporter. Items land in the importer's unit, with their clocks started from the 收到时间.
/// </summary>
public sealed class Intake12315Import(CalendarService calendars, SettingsReader settings) : RegistryImport<Intake12315Row, Lead>
{
    private const string NumberHeader = "登记编号";
    private static readonly Dictionary<string, LeadKind> Kinds = new() { ["投诉"] = LeadKind.Complaint, ["举报"] = LeadKind.Report };

    private WorkingCalendar calendar = WorkingCalendar.WeekendsOnly;
    private int warningDays = 3;
    private HashSet<string> sectors = [];
    private HashSet<string> areas = [];

    public override string Registry => "intake";
    public override string Title => "12315投诉举报";
    public override string Permission => Permissions.CaseHandle;
    public override string EntityName => nameof(Lead);

    public override IReadOnlyList<ImportColumn<Intake12315Row>> Columns => field ??=
    [
        new(NumberHeader, true, "1120230928000123", "12315平台的登记编号（诉求编号），同一编号只登记一次；请设为文本格式", (text, row) =>
        {
            var number = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
            if (ImportCells.LooksLikeScientific(number))
            {
                return $"{NumberHeader}“{text}”被Excel显示成了科学计数法，数字已丢失，请把该列设为文本格式后重新填写";
            }
            if (number.Length > 100)
            {
                return $"{NumberHeader}不超过100个字符";
            }
            row.Number = number;
            return null;
        }),
        Column.Choice("类型", Kinds, (r, v) => r.Kind = v, required: true, example: "投诉"),
        new("收到时间", true, "2023-09-28 09:30", "日期或日期时间，如 2023-09-28 或 2023-09-28 09:30（北京时间）", (text, row) =>
        {
            var parts = text.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!ImportCells.TryParseDate(parts[0], out var day))
            {
                return $"收到时间“{text}”不是有效日期，格式应如 2023-09-28 09:30";
            }
            row.ReceivedOn = day;
            if (parts.Length > 1)
            {
                if (!TimeOnly.TryParseExact(parts[1], ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                {
                    return $"收到时间“{text}”的时刻无效，格式应如 09:30";
                }
                row.ReceivedTime = time;
            }
            return null;
        }),
        Column.Text("投诉人/举报人", 100, (r, v) => r.InformantName = v, example: "张三", note: "投诉必填；匿名举报留空"),
        Column.YesNo("是否匿名", (r, v) => r.Anonymous = v, example: "否", note: "填“是”或“否”，留空为否；投诉不能匿名"),
        Column.Text("联系电话", 50, (r, v) => r.Phone = v, example: "13800000000", note: "投诉必填"),
        new("证件号码", false, null, "居民身份证号码或统一社会信用代码，可不填；请设为文本格式", (text, row) =>
        {
            if (ImportCells.LooksLikeScientific(text))
            {
                return $"证件号码“{text}”被Excel显示成了科学计数法，数字已丢失，请把该列设为文本格式后重新填写";
            }
            var person = ResidentIdNumber.Check(text);
            var organisation = person.IsValid ? person : UnifiedSocialCreditCode.Check(text);
            if (!organisation.IsValid)
            {
                return "证件号码须为有效的居民身份证号码或统一社会信用代码";
            }
            row.IdNumber = organisation.Normalized;
            return null;
        }),
        Column.Text("联系地址", 200, (r, v) => r.Address = v),
        Column.Text("被投诉（举报）人", 200, (r, v) => r.Respondent = v, required: true, example: "天津市北辰区某种业有限公司"),
        Column.Choice("涉及客体", Enum.GetValues<IntakeSubject>().ToDictionary(IntakeTerms.Name, s => (IntakeSubject?)s), (r, v) => r.Subject = v,
            example: "商标", note: $"可填：{string.Join("、", Enum.GetValues<IntakeSubject>().Select(IntakeTerms.Name))}；留空为其他"),
        Column.Text("商标/标志名称", 200, (r, v) => r.RightName = v, example: "金穗"),
        new("重点领域", false, "种业", "数据字典“重点领域”中的名称，如 食品、药品、种业、水泥、公共卫生", (text, row) =>
        {
            if (!sectors.Contains(text))
            {
                return $"重点领域“{text}”不在数据字典中，可填：{string.Join("、", sectors)}";
            }
            row.KeySector = text;
            return null;
        }),
        Column.Text("事项内容", 4000, (r, v) => r.Description = v, required: true, example: "购买的“金穗”牌玉米种子包装与正品不同，疑似假冒注册商标"),
        new("所属街镇", false, "天穆镇", "数据字典“街镇”中的名称，可不填", (text, row) =>
        {
            if (!areas.Contains(text))
            {
                return $"所属街镇“{text}”不在数据字典中";
            }
            row.Area = text;
            return null;
        }),
        Column.YesNo("申请举报奖励", (r, v) => r.Reward = v, example: "否"),
    ];

    protected override async Task PrepareAsync(ZhibaoDb db, ImportContext context, CancellationToken ct)
    {
        calendar = await calendars.GetAsync(ct);
        warningDays = (int)SettingsReader.Number(await settings.AllAsync(ct), "Reminders.DaysBeforeDeadline", 3);
        var labels = await db.DictionaryItems.AsNoTracking().Where(i => i.DictionaryType!.Code == "key_sector" || i.DictionaryType!.Code == "area")
            .Select(i => new { Type = i.DictionaryType!.Code, i.Label }).ToListAsync(ct);
        sectors = labels.Where(l => l.Type == "key_sector").Select(l => l.Label).ToHashSet(StringComparer.Ordinal);
        areas = labels.Where(l => l.Type == "area").Select(l => l.Label).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The registration form's checks on who complains or reports, and on the date.</summary>
    protected override void Validate(Intake12315Row row, ImportContext context, ImportRowErrors errors)
    {
        if (row.ReceivedOn > context.Today)
        {
            errors.Add("收到时间", "收到时间不能晚于今天");
        }
        else if (row.ReceivedOn < IntakeService.EarliestReceipt(row.Kind))
        {
            errors.Add("收到时间", $"收到时间早于适用规定的施行日（{IntakeService.EarliestReceipt(row.Kind):yyyy-MM-dd}），系统无法计算期限");
        }
        if (row.Kind == LeadKind.Complaint)
        {
            if (row.Anonymous)
            {
                errors.Add("是否匿名", "投诉不能匿名（暂行办法第九条）；匿名反映的请按举报导入");
            }
            if (row.InformantName is null)
            {
                errors.Add("投诉人/举报人", "请填写投诉人姓名或名称");
            }
            if (row.Phone is null)
            {
                errors.Add("联系电话", "请填写投诉人联系电话");
            }
        }
        else if (!row.Anonymous && row.InformantName is null)
        {
            errors.Add("投诉人/举报人", "实名举报请填写举报人姓名；匿名举报请在“是否匿名”填“是”");
        }
    }

    private static string Key(Intake12315Row row) => LeadService.NaturalKey(row.Kind, null, null, row.Number)!;

    protected override IReadOnlyList<string> RowKeys(Intake12315Row row) => [Key(row)];

    protected override string KeyColumn(Intake12315Row row) => NumberHeader;

    /// <summary>Across units: a number another unit registered is the same item, not a new one.</summary>
    protected override IQueryable<Lead> Matching(ZhibaoDb db, IReadOnlyCollection<string> keys)
    {
        var list = keys.ToList();
        return db.Leads.IgnoreQueryFilters().Where(l => l.NaturalKey != null && list.Contains(l.NaturalKey));
    }

    protected override IEnumerable<string> EntityKeys(Lead entity) => entity.NaturalKey is { } key ? [key] : [];

    /// <summary>Never: what the bureau did with a registered item is not overwritten by the platform's export.</summary>
    protected override bool Changes(Intake12315Row row, Lead existing) => false;

    protected override Lead Create(Intake12315Row row, ImportContext context)
    {
        var anonymous = row.Kind == LeadKind.Report && row.Anonymous;
        var lead = new Lead
        {
            Kind = row.Kind, Status = LeadStatus.Received, NaturalKey = Key(row), Channel = IntakeChannel.Platform12315, ReceivedOn = row.ReceivedOn,
            ReceivedAt = row.ReceivedTime is { } t ? DateTime.SpecifyKind(row.ReceivedOn.ToDateTime(t) - Platform.Clock.ChinaOffset, DateTimeKind.Utc) : null,
            SourceReference = row.Number, IpSubject = row.Subject ?? IntakeSubject.Other, KeySector = row.KeySector, RightName = row.RightName,
            Summary = row.Description, Area = row.Area, RespondentName = row.Respondent, IsAnonymous = anonymous, RewardRequested = row.Reward == true,
            OrgUnitId = context.Scope.OrgUnitId ?? 0, CreatedAt = context.Now, CreatedById = context.Scope.UserId ?? 0, UpdatedAt = context.Now,
        };
        IntakeService.SetKeys(lead);
        if (!anonymous && row.InformantName is { } name)
        {
            lead.Informant = new LeadInformant { Name = name, IdNumber = row.IdNumber, Phone = row.Phone, Address = row.Address };
        }
        IntakeService.Refresh(lead, calendar, context.Today, null, warningDays);
        lead.Events.Add(new LeadEvent
        {
            At = context.Now, ActorId = context.Scope.UserId, ActorName = context.Scope.UserName ?? "系统", Action = "register",
            Title = $"从12315平台导入{LeadWorkflow.Name(row.Kind)}", Comment = $"登记编号：{row.Number}",
        });
        return lead;
    }

    protected override void Apply(Intake12315Row row, Lead existing, ImportContext context)
    {
        // Changes is never true: a registered item is left as the bureau has it.
    }
}
