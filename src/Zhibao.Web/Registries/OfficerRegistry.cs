using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Registries;

/// <summary>The state of an officer's enforcement certificate (执法证) on a day.</summary>
public enum CertificateStatus
{
    /// <summary>有效.</summary>
    Valid,
    /// <summary>即将到期: valid, ending within the warning window (setting Officers.CertificateExpiryWarningDays).</summary>
    ExpiringSoon,
    /// <summary>已过期.</summary>
    Expired,
    /// <summary>未生效: the validity starts later.</summary>
    NotYetValid,
    /// <summary>无执法证.</summary>
    None,
}

public sealed record OfficerFilter(string? Keyword, int? UnitId, bool? Qualified, CertificateStatus? Status);

public record OfficerRow(int Id, string Name, int OrgUnitId, string OrgUnitName, int? UserId, string? UserName,
    string? CertificateNumber, string? CertificateIssuer, DateOnly? CertificateValidFrom, DateOnly? CertificateValidTo,
    CertificateStatus CertificateStatus, string CertificateStatusName, int? DaysToExpiry,
    DateOnly? IpQualifiedOn, bool IsIpQualified, bool IsActive, int Version);

/// <summary>
/// GET /api/officers/{id}: the row with the cases the officer is assigned to (within the caller's data scope), and their
/// training sessions (业务培训) with the total hours credited.
/// </summary>
public sealed record OfficerDetail : OfficerRow
{
    public OfficerDetail(OfficerRow row, IReadOnlyList<LinkedCase> cases, IReadOnlyList<OfficerTraining> trainings, decimal trainingHours) : base(row)
    {
        Cases = cases;
        Trainings = trainings;
        TrainingHours = trainingHours;
    }

    public IReadOnlyList<LinkedCase> Cases { get; init; }
    public IReadOnlyList<OfficerTraining> Trainings { get; init; }
    /// <summary>Hours credited from attended sessions.</summary>
    public decimal TrainingHours { get; init; }
}

/// <summary>A case linked to a registry record, as its detail page lists it.</summary>
/// <summary>A case a registry record appears in; <see cref="KindName"/> is 行政处罚 / 专利侵权纠纷行政裁决 / 调解.</summary>
public sealed record LinkedCase(int Id, string? CaseNumber, string Title, string Status, string StatusName, string? Role, string OrgUnitName, string? KindName = null);

public sealed record OfficerInput(
    [property: Required(ErrorMessage = "请输入姓名"), StringLength(50, ErrorMessage = "姓名不超过50个字符")] string? Name,
    [property: Range(1, int.MaxValue, ErrorMessage = "请选择所属单位")] int OrgUnitId,
    /// <summary>The platform account of the officer, if any.</summary>
    int? UserId,
    [property: StringLength(50, ErrorMessage = "执法证号不超过50个字符")] string? CertificateNumber,
    [property: StringLength(100, ErrorMessage = "发证机关不超过100个字符")] string? CertificateIssuer,
    DateOnly? CertificateValidFrom,
    DateOnly? CertificateValidTo,
    /// <summary>取得知识产权执法资格的日期.</summary>
    DateOnly? IpQualifiedOn,
    bool IsActive = true,
    /// <summary>The version the editor read; a stale one answers 409.</summary>
    int Version = 0);

/// <summary>"具备知识产权执法资格人数" on a day: for the bureau (with its target) or for one unit and its sub-units (no target).</summary>
public sealed record QualifiedCount(int Count, DateOnly Date, int? Target, bool? MeetsTarget, int UnitId, string UnitName);

/// <summary>An officer who may be assigned to a case on the day asked (valid certificate).</summary>
public sealed record AssignableOfficer(int Id, string Name, int OrgUnitId, string OrgUnitName, string CertificateNumber,
    DateOnly? CertificateValidTo, bool IsIpQualified);

public sealed record UserOption(int Id, string UserName, string DisplayName, int OrgUnitId);

/// <summary>
/// 执法人员名录. Officers are unit-owned: every query runs under the caller's data scope (query filter), except the
/// bureau-wide qualification count, an aggregate that CLARIFICATIONS defines for the bureau as a whole.
/// </summary>
public sealed class OfficerRegistry(IDbContextFactory<ZhibaoDb> factory, CurrentUser current, OrgTree tree, TimeProvider clock)
{
    public const string WarningDaysSetting = "Officers.CertificateExpiryWarningDays";
    public const int DefaultWarningDays = 60;
    /// <summary>Setting read for the bureau target (seed task 2: 取得知识产权执法资格人数不少于5人); 5 when absent.</summary>
    public const string TargetSetting = "Officers.IpQualifiedTarget";
    public const int DefaultTarget = 5;

    public static string StatusName(CertificateStatus status) => status switch
    {
        CertificateStatus.Valid => "有效",
        CertificateStatus.ExpiringSoon => "即将到期",
        CertificateStatus.Expired => "已过期",
        CertificateStatus.NotYetValid => "未生效",
        CertificateStatus.None => "无执法证",
        _ => status.ToString(),
    };

    /// <summary>The certificate's state on <paramref name="day"/>; "即将到期" when at most <paramref name="warningDays"/> days remain.</summary>
    public static CertificateStatus StatusOn(string? number, DateOnly? validFrom, DateOnly? validTo, DateOnly day, int warningDays)
    {
        if (number is null || validTo is not { } to)
        {
            return CertificateStatus.None;
        }
        if (to < day)
        {
            return CertificateStatus.Expired;
        }
        if (validFrom > day)
        {
            return CertificateStatus.NotYetValid;
        }
        return to.DayNumber - day.DayNumber <= warningDays ? CertificateStatus.ExpiringSoon : CertificateStatus.Valid;
    }

    /// <summary><see cref="Officer.HasValidCertificateOn"/> as a query.</summary>
    internal static Expression<Func<Officer, bool>> ValidOn(DateOnly day) => o =>
        o.IsActive && o.CertificateNumber != null
        && (o.CertificateValidFrom == null || o.CertificateValidFrom <= day)
        && o.CertificateValidTo != null && o.CertificateValidTo >= day;

    /// <summary>Counts for "具备知识产权执法资格人数": qualified by that day and a valid certificate that day.</summary>
    internal static Expression<Func<Officer, bool>> QualifiedOn(DateOnly day) => o =>
        o.IsActive && o.CertificateNumber != null
        && (o.CertificateValidFrom == null || o.CertificateValidFrom <= day)
        && o.CertificateValidTo != null && o.CertificateValidTo >= day
        && o.IpQualifiedOn != null && o.IpQualifiedOn <= day;

    public static bool IsQualifiedOn(Officer o, DateOnly day) => o.HasValidCertificateOn(day) && o.IpQualifiedOn is { } q && q <= day;

    public DateOnly Today => Clock.Today(clock);

    public async Task<int> WarningDaysAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await NumberSettingAsync(db, WarningDaysSetting, DefaultWarningDays, ct);
    }

    public async Task<Page<OfficerRow>> ListAsync(OfficerFilter filter, int page, int pageSize, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = Today;
        var warn = await NumberSettingAsync(db, WarningDaysSetting, DefaultWarningDays, ct);
        var query = Filter(db, filter, today, warn);
        var total = await query.CountAsync(ct);
        var rows = await ProjectAsync(Order(query).Skip((page - 1) * pageSize).Take(pageSize), today, warn, ct);
        return new Page<OfficerRow>(rows, total, page, pageSize);
    }

    public async Task<List<OfficerRow>> AllAsync(OfficerFilter filter, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = Today;
        var warn = await NumberSettingAsync(db, WarningDaysSetting, DefaultWarningDays, ct);
        return await ProjectAsync(Order(Filter(db, filter, today, warn)).Take(ExcelExport.MaxRows), today, warn, ct);
    }

    public async Task<OfficerDetail?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var warn = await NumberSettingAsync(db, WarningDaysSetting, DefaultWarningDays, ct);
        var row = (await ProjectAsync(db.Officers.AsNoTracking().Where(o => o.Id == id), Today, warn, ct)).SingleOrDefault();
        if (row is null)
        {
            return null;
        }
        // Cases follow their own data scope: only those the caller may see are listed.
        var cases = await db.CaseOfficers.AsNoTracking().Where(co => co.OfficerId == id)
            .Join(db.Cases, co => co.CaseId, c => c.Id, (co, c) => new { c.Id, c.CaseNumber, c.Title, c.Kind, c.Status, co.IsLead, Unit = c.OrgUnit!.Name })
            .OrderByDescending(c => c.Id).ToListAsync(ct);
        var (trainings, hours) = await TrainingRegistry.OfficerTrainingsAsync(db, id, ct);
        return new OfficerDetail(row, cases.Select(c => new LinkedCase(c.Id, c.CaseNumber, c.Title, c.Status,
            RegistryText.CaseStatusName(c.Kind, c.Status), c.IsLead ? "主办" : "协办", c.Unit)).ToList(), trainings, hours);
    }

    private IQueryable<Officer> Filter(ZhibaoDb db, OfficerFilter f, DateOnly today, int warn)
    {
        var query = db.Officers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Keyword))
        {
            var k = f.Keyword.Trim();
            var upper = k.ToUpperInvariant();
            query = query.Where(o => o.Name.Contains(k) || (o.CertificateNumber != null && o.CertificateNumber.Contains(upper)));
        }
        if (f.UnitId is { } unit)
        {
            var units = tree.UnitAndBelow(unit);
            query = query.Where(o => units.Contains(o.OrgUnitId));
        }
        if (f.Qualified is { } qualified)
        {
            query = qualified ? query.Where(QualifiedOn(today)) : query.Where(Not(QualifiedOn(today)));
        }
        if (f.Status is { } status)
        {
            var limit = today.AddDays(warn);
            query = status switch
            {
                CertificateStatus.None => query.Where(o => o.CertificateNumber == null || o.CertificateValidTo == null),
                CertificateStatus.Expired => query.Where(o => o.CertificateNumber != null && o.CertificateValidTo < today),
                CertificateStatus.NotYetValid => query.Where(o => o.CertificateNumber != null && o.CertificateValidTo >= today && o.CertificateValidFrom > today),
                CertificateStatus.ExpiringSoon => query.Where(o => o.CertificateNumber != null && o.CertificateValidTo >= today && o.CertificateValidTo <= limit
                    && (o.CertificateValidFrom == null || o.CertificateValidFrom <= today)),
                _ => query.Where(o => o.CertificateNumber != null && o.CertificateValidTo > limit
                    && (o.CertificateValidFrom == null || o.CertificateValidFrom <= today)),
            };
        }
        return query;
    }

    private static Expression<Func<Officer, bool>> Not(Expression<Func<Officer, bool>> predicate) =>
        Expression.Lambda<Func<Officer, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    private static IOrderedQueryable<Officer> Order(IQueryable<Officer> query) =>
        query.OrderBy(o => o.OrgUnit!.SortOrder).ThenBy(o => o.OrgUnitId).ThenBy(o => o.Name).ThenBy(o => o.Id);

    private static async Task<List<OfficerRow>> ProjectAsync(IQueryable<Officer> query, DateOnly today, int warn, CancellationToken ct)
    {
        var list = await query.Select(o => new { Officer = o, Unit = o.OrgUnit!.Name, UserName = o.User != null ? o.User.UserName : null }).ToListAsync(ct);
        return list.Select(x => Row(x.Officer, x.Unit, x.UserName, today, warn)).ToList();
    }

    private static OfficerRow Row(Officer o, string unit, string? userName, DateOnly today, int warn)
    {
        var status = StatusOn(o.CertificateNumber, o.CertificateValidFrom, o.CertificateValidTo, today, warn);
        int? days = o.CertificateValidTo is { } to && status is CertificateStatus.Valid or CertificateStatus.ExpiringSoon ? to.DayNumber - today.DayNumber : null;
        return new OfficerRow(o.Id, o.Name, o.OrgUnitId, unit, o.UserId, userName, o.CertificateNumber, o.CertificateIssuer,
            o.CertificateValidFrom, o.CertificateValidTo, status, StatusName(status), days, o.IpQualifiedOn, IsQualifiedOn(o, today),
            o.IsActive, o.Version);
    }

    /// <summary>
    /// "具备知识产权执法资格人数" on <paramref name="on"/> (today when null). Without a unit: the caller's bureau as a whole,
    /// whatever the caller's data scope (an aggregate, the plan's indicator), with the target. With a unit: that unit and its
    /// sub-units, which must be in the caller's data scope (null when not), without a target unless the unit is a bureau.
    /// </summary>
    /// <summary>
    /// The unit a live indicator is counted for: <paramref name="unitId"/> when the caller may see it (null otherwise), or
    /// without it the caller's bureau (the root bureau for a caller without a unit).
    /// </summary>
    internal static async Task<OrgUnit?> IndicatorUnitAsync(ZhibaoDb db, CurrentUser current, OrgTree tree, int? unitId, CancellationToken ct)
    {
        if (unitId is { } id)
        {
            return !current.SeesAllUnits && !current.VisibleUnitIds.Contains(id)
                ? null : await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
        }
        var bureauId = current.OrgUnitId is { } own ? tree.BureauId(own) : (int?)null;
        return bureauId is { } b
            ? await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == b, ct)
            : await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == null).OrderBy(u => u.SortOrder).ThenBy(u => u.Id).FirstOrDefaultAsync(ct);
    }

    public async Task<QualifiedCount?> QualifiedCountAsync(int? unitId, DateOnly? on, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var day = on ?? Today;
        var unit = await IndicatorUnitAsync(db, current, tree, unitId, ct);
        if (unit is null)
        {
            return null;
        }
        var units = tree.UnitAndBelow(unit.Id);
        var count = await db.Officers.IgnoreQueryFilters().Where(o => units.Contains(o.OrgUnitId)).Where(QualifiedOn(day)).CountAsync(ct);
        if (unit.Kind != OrgUnitKind.Bureau)
        {
            return new QualifiedCount(count, day, null, null, unit.Id, unit.Name);
        }
        var target = await NumberSettingAsync(db, TargetSetting, DefaultTarget, ct);
        return new QualifiedCount(count, day, target, count >= target, unit.Id, unit.Name);
    }

    /// <summary>Officers who may be assigned to a case on <paramref name="on"/>: a valid certificate that day (程序规定第十九条).</summary>
    public async Task<List<AssignableOfficer>> AssignableAsync(DateOnly on, int? unitId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Officers.AsNoTracking().Where(ValidOn(on));
        if (unitId is { } unit)
        {
            var units = tree.UnitAndBelow(unit);
            query = query.Where(o => units.Contains(o.OrgUnitId));
        }
        var list = await Order(query).Select(o => new { Officer = o, Unit = o.OrgUnit!.Name }).ToListAsync(ct);
        return list.Select(x => new AssignableOfficer(x.Officer.Id, x.Officer.Name, x.Officer.OrgUnitId, x.Unit, x.Officer.CertificateNumber!,
            x.Officer.CertificateValidTo, IsQualifiedOn(x.Officer, on))).ToList();
    }

    /// <summary>Accounts an officer record may be linked to: users in the caller's data scope.</summary>
    public async Task<List<UserOption>> UserOptionsAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking().OrderBy(u => u.OrgUnitId).ThenBy(u => u.UserName)
            .Select(u => new UserOption(u.Id, u.UserName!, u.DisplayName, u.OrgUnitId)).ToListAsync(ct);
    }

    /// <summary>Units an officer may belong to: the bureau's own units (not outside bodies) in the caller's data scope.</summary>
    public async Task<List<OrgUnit>> UnitsAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().OrderBy(u => u.SortOrder).ThenBy(u => u.Id).ToListAsync(ct);
        return units.Where(u => u.Kind != OrgUnitKind.External && (current.SeesAllUnits || current.VisibleUnitIds.Contains(u.Id))).ToList();
    }

    public async Task<(OfficerDetail? Officer, FieldErrors Errors)> CreateAsync(OfficerInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var errors = await ValidateAsync(db, input, null, ct);
        if (errors.Any)
        {
            return (null, errors);
        }
        var officer = new Officer { Name = input.Name!.Trim() };
        Apply(officer, input);
        db.Officers.Add(officer);
        if (!await SaveAsync(db, input, null, errors, ct))
        {
            return (null, errors);
        }
        return (await GetAsync(officer.Id, ct), errors);
    }

    public async Task<(OfficerDetail? Officer, FieldErrors Errors, bool NotFound)> UpdateAsync(int id, OfficerInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var officer = await db.Officers.SingleOrDefaultAsync(o => o.Id == id, ct);   // data scope applies
        if (officer is null)
        {
            return (null, new FieldErrors(), true);
        }
        var errors = await ValidateAsync(db, input, officer, ct);
        if (errors.Any)
        {
            return (null, errors, false);
        }
        db.Entry(officer).Property(o => o.Version).OriginalValue = input.Version;
        officer.Name = input.Name!.Trim();
        Apply(officer, input);
        if (!await SaveAsync(db, input, id, errors, ct))   // DbUpdateConcurrencyException → 409 (stale Version)
        {
            return (null, errors, false);
        }
        return (await GetAsync(id, ct), errors, false);
    }

    private static void Apply(Officer officer, OfficerInput input)
    {
        officer.OrgUnitId = input.OrgUnitId;
        officer.UserId = input.UserId;
        officer.CertificateNumber = CertificateNumber(input.CertificateNumber);
        officer.CertificateIssuer = RegistryText.Blank(input.CertificateIssuer);
        officer.CertificateValidFrom = officer.CertificateNumber is null ? null : input.CertificateValidFrom;
        officer.CertificateValidTo = officer.CertificateNumber is null ? null : input.CertificateValidTo;
        officer.IpQualifiedOn = input.IpQualifiedOn;
        officer.IsActive = input.IsActive;
    }

    /// <summary>Saves; a unique index hit by a concurrent save (certificate number, account) becomes a field error.</summary>
    private async Task<bool> SaveAsync(ZhibaoDb db, OfficerInput input, int? id, FieldErrors errors, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            await using var fresh = await factory.CreateDbContextAsync(ct);
            await CheckUniqueAsync(fresh, input, id, errors, ct);
            if (!errors.Any)
            {
                throw;
            }
            return false;
        }
    }

    private static string? CertificateNumber(string? input) =>
        string.IsNullOrWhiteSpace(input) ? null : string.Concat(input.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    private async Task<FieldErrors> ValidateAsync(ZhibaoDb db, OfficerInput input, Officer? existing, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        if (input.OrgUnitId > 0)
        {
            var unit = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == input.OrgUnitId, ct);
            if (unit is null)
            {
                errors.Add(nameof(OfficerInput.OrgUnitId), "所属单位不存在");
            }
            else if (unit.Kind == OrgUnitKind.External)
            {
                errors.Add(nameof(OfficerInput.OrgUnitId), $"“{unit.Name}”是外部单位，执法人员只能属于本局及所属单位");
            }
            else if (!current.SeesAllUnits && !current.VisibleUnitIds.Contains(unit.Id))
            {
                errors.Add(nameof(OfficerInput.OrgUnitId), "只能把执法人员放在本单位或下级单位");
            }
            else if (!unit.IsActive && unit.Id != existing?.OrgUnitId)
            {
                errors.Add(nameof(OfficerInput.OrgUnitId), $"“{unit.Name}”已停用");
            }
        }
        var number = CertificateNumber(input.CertificateNumber);
        if (number is null)
        {
            if (input.CertificateValidFrom is not null || input.CertificateValidTo is not null || !string.IsNullOrWhiteSpace(input.CertificateIssuer))
            {
                errors.Add(nameof(OfficerInput.CertificateNumber), "填写了执法证发证机关或有效期，请输入执法证号");
            }
        }
        else if (input.CertificateValidTo is null)
        {
            errors.Add(nameof(OfficerInput.CertificateValidTo), "请输入执法证有效期截止日期");
        }
        if (input.CertificateValidFrom is { } from && input.CertificateValidTo is { } to && to < from)
        {
            errors.Add(nameof(OfficerInput.CertificateValidTo), "执法证有效期截止日期不能早于起始日期");
        }
        if (input.IpQualifiedOn is { } qualified && qualified > Today)
        {
            errors.Add(nameof(OfficerInput.IpQualifiedOn), "取得知识产权执法资格日期不能晚于今天");
        }
        if (input.UserId is { } userId && !await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            errors.Add(nameof(OfficerInput.UserId), "关联账号不存在或不在您的数据范围内");
        }
        await CheckUniqueAsync(db, input, existing?.Id, errors, ct);
        return errors;
    }

    private async Task CheckUniqueAsync(ZhibaoDb db, OfficerInput input, int? id, FieldErrors errors, CancellationToken ct)
    {
        // IgnoreQueryFilters: certificate numbers and accounts are unique across all units, even ones the caller cannot see.
        if (CertificateNumber(input.CertificateNumber) is { } number
            && await db.Officers.IgnoreQueryFilters().AsNoTracking().Where(o => o.CertificateNumber == number && o.Id != id)
                .Select(o => new { o.Name, o.OrgUnitId }).FirstOrDefaultAsync(ct) is { } holder)
        {
            errors.Add(nameof(OfficerInput.CertificateNumber), Visible(holder.OrgUnitId)
                ? $"执法证号“{number}”已登记给执法人员“{holder.Name}”"
                : $"执法证号“{number}”已登记给其他单位的执法人员");
        }
        if (input.UserId is { } userId
            && await db.Officers.IgnoreQueryFilters().AsNoTracking().Where(o => o.UserId == userId && o.Id != id)
                .Select(o => new { o.Name, o.OrgUnitId }).FirstOrDefaultAsync(ct) is { } linked)
        {
            errors.Add(nameof(OfficerInput.UserId), Visible(linked.OrgUnitId)
                ? $"该账号已关联执法人员“{linked.Name}”"
                : "该账号已关联其他单位的执法人员");
        }
    }

    private bool Visible(int unitId) => current.SeesAllUnits || current.VisibleUnitIds.Contains(unitId);

    internal static async Task<int> NumberSettingAsync(ZhibaoDb db, string key, int fallback, CancellationToken ct)
    {
        var text = await db.Settings.AsNoTracking().Where(s => s.Key == key).Select(s => s.Value).FirstOrDefaultAsync(ct);
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0 && value <= 100_000
            ? (int)value : fallback;
    }

    public static readonly ExcelColumn<OfficerRow>[] Columns =
    [
        new("姓名", r => r.Name), new("所属单位", r => r.OrgUnitName), new("执法证号", r => r.CertificateNumber),
        new("发证机关", r => r.CertificateIssuer), new("有效期自", r => RegistryText.Date(r.CertificateValidFrom)),
        new("有效期至", r => RegistryText.Date(r.CertificateValidTo)), new("执法证状态", r => r.CertificateStatusName),
        new("取得知识产权执法资格日期", r => RegistryText.Date(r.IpQualifiedOn)), new("具备知识产权执法资格", r => r.IsIpQualified ? "是" : "否"),
        new("关联账号", r => r.UserName), new("在岗状态", r => r.IsActive ? "在岗" : "停用"),
    ];
}
