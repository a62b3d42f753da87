using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Registries;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Registries;

/// <summary>The outcome of a write on an agency's record: the created item, or field errors, or not found.</summary>
public sealed record AgencyWrite<T>(T? Value, FieldErrors Errors, bool NotFound = false) where T : class;

/// <summary>
/// 信用承诺 and 日常监管 of agencies: commitments (requested with a due date, signed, breached), breach records on the credit
/// record, inspections, the list of agencies still missing a commitment, the coverage indicator 代理机构信用承诺覆盖率 for the plan,
/// and the recorded submissions of the list to the city division.
/// </summary>
public sealed class AgencyCredit(IDbContextFactory<ZhibaoDb> factory, AgencyRegistry agencies, TimeProvider clock)
{
    private DateOnly Today => Clock.Today(clock);

    public async Task<AgencyWrite<CommitmentView>> AddCommitmentAsync(int agencyId, CommitmentInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Agencies.AnyAsync(a => a.Id == agencyId, ct))
        {
            return new(null, new FieldErrors(), true);
        }
        var (errors, status) = CheckCommitment(input, null);
        if (errors.Any)
        {
            return new(null, errors);
        }
        var commitment = new CreditCommitment
        {
            AgencyId = agencyId, Status = status, SignedOn = input.SignedOn, DueOn = input.DueOn, Scope = RegistryText.Blank(input.Scope),
            Remark = RegistryText.Blank(input.Remark), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedByName = agencies.Actor,
        };
        db.CreditCommitments.Add(commitment);
        await db.SaveChangesAsync(ct);
        return new(View(commitment), errors);
    }

    /// <summary>Edits a commitment, typically to record its signing; a stale version throws the 409 conflict.</summary>
    public async Task<AgencyWrite<CommitmentView>> UpdateCommitmentAsync(int agencyId, int commitmentId, CommitmentInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var commitment = await db.CreditCommitments.Include(c => c.Breaches).SingleOrDefaultAsync(c => c.Id == commitmentId && c.AgencyId == agencyId, ct);
        if (commitment is null)
        {
            return new(null, new FieldErrors(), true);
        }
        var (errors, status) = CheckCommitment(input, commitment.Status);
        if (errors.Any)
        {
            return new(null, errors);
        }
        db.Entry(commitment).Property(c => c.Version).OriginalValue = input.Version;
        commitment.Status = status;
        commitment.SignedOn = input.SignedOn;
        commitment.DueOn = input.DueOn;
        commitment.Scope = RegistryText.Blank(input.Scope);
        commitment.Remark = RegistryText.Blank(input.Remark);
        await db.SaveChangesAsync(ct);
        return new(View(commitment), errors);
    }

    private (FieldErrors Errors, CommitmentStatus Status) CheckCommitment(CommitmentInput input, CommitmentStatus? current)
    {
        var errors = Validation.Validate(input);
        var status = CreditCommitmentRules.ParseStatus(input.Status);
        if (status is null)
        {
            errors.Add(nameof(input.Status), string.IsNullOrWhiteSpace(input.Status)
                ? "请选择承诺状态：已签署（Signed）或未签署（Unsigned）"
                : $"承诺状态“{input.Status.Trim()}”无效，应为已签署（Signed）或未签署（Unsigned）");
            return (errors, CommitmentStatus.Unsigned);
        }
        foreach (var (field, message) in CreditCommitmentRules.Check(current, status.Value, input.SignedOn, input.DueOn, Today))
        {
            errors.Add(field, message);
        }
        return (errors, status.Value);
    }

    /// <summary>Records a breach: the commitment becomes 已违反 and the agency's credit record shows it.</summary>
    public async Task<AgencyWrite<BreachView>> AddBreachAsync(int agencyId, int commitmentId, BreachInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var commitment = await db.CreditCommitments.SingleOrDefaultAsync(c => c.Id == commitmentId && c.AgencyId == agencyId, ct);
        if (commitment is null)
        {
            return new(null, new FieldErrors(), true);
        }
        var errors = Validation.Validate(input);
        foreach (var (field, message) in CreditCommitmentRules.CheckBreach(commitment.Status, commitment.SignedOn, input.OccurredOn, Today))
        {
            errors.Add(field, message);
        }
        if (errors.Any)
        {
            return new(null, errors);
        }
        var breach = new CommitmentBreach
        {
            CreditCommitmentId = commitmentId, OccurredOn = input.OccurredOn!.Value, Description = input.Description!.Trim(),
            RecordedAt = clock.GetUtcNow().UtcDateTime, RecordedByName = agencies.Actor,
        };
        db.CommitmentBreaches.Add(breach);
        commitment.Status = CommitmentStatus.Breached;
        await db.SaveChangesAsync(ct);
        return new(new BreachView(breach.Id, commitmentId, breach.OccurredOn, breach.Description, breach.RecordedAt, breach.RecordedByName), errors);
    }

    public async Task<AgencyWrite<InspectionView>> AddInspectionAsync(int agencyId, InspectionInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.Agencies.AnyAsync(a => a.Id == agencyId, ct))
        {
            return new(null, new FieldErrors(), true);
        }
        var errors = Validation.Validate(input);
        if (input.InspectedOn is not { } day)
        {
            errors.Add(nameof(input.InspectedOn), "请填写检查日期");
        }
        else if (day > Today)
        {
            errors.Add(nameof(input.InspectedOn), "检查日期不能晚于今天");
        }
        var result = AgencyRegistry.ParseResult(input.Result);
        if (result is null)
        {
            errors.Add(nameof(input.Result), $"请选择处理结果：{string.Join("、", Enum.GetValues<AgencyInspectionResult>().Select(AgencyRegistry.ResultName))}");
        }
        else if (result is AgencyInspectionResult.Rectification or AgencyInspectionResult.Referred && string.IsNullOrWhiteSpace(input.FollowUp))
        {
            errors.Add(nameof(input.FollowUp), result == AgencyInspectionResult.Rectification ? "责令整改须填写整改要求和期限" : "移交处理须填写移交单位和情况");
        }
        var ids = (input.OfficerIds ?? []).Distinct().ToList();
        // The officer registry is unit-owned: only officers the caller may see can be named.
        var officers = await db.Officers.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        if (ids.Count == 0)
        {
            errors.Add(nameof(input.OfficerIds), "请选择检查人员");
        }
        foreach (var missing in ids.Except(officers.Select(o => o.Id)))
        {
            errors.Add(nameof(input.OfficerIds), $"执法人员（编号{missing}）不存在或不在本人数据权限范围内");
        }
        if (errors.Any)
        {
            return new(null, errors);
        }
        var inspection = new AgencyInspection
        {
            AgencyId = agencyId, InspectedOn = input.InspectedOn!.Value, Officers = string.Join("、", ids.Select(id => officers.Single(o => o.Id == id).Name)),
            Findings = input.Findings!.Trim(), Result = result!.Value, FollowUp = RegistryText.Blank(input.FollowUp),
            RecordedAt = clock.GetUtcNow().UtcDateTime, RecordedByName = agencies.Actor,
        };
        db.AgencyInspections.Add(inspection);
        await db.SaveChangesAsync(ct);
        return new(new InspectionView(inspection.Id, inspection.InspectedOn, inspection.Officers, inspection.Findings, inspection.Result,
            AgencyRegistry.ResultName(inspection.Result), inspection.FollowUp, inspection.RecordedAt, inspection.RecordedByName), errors);
    }

    private CommitmentView View(CreditCommitment c) => new(c.Id, c.Status, CreditCommitmentRules.StatusName(c.Status), c.SignedOn, c.DueOn,
        c.Status == CommitmentStatus.Unsigned && CreditCommitmentRules.IsOverdue(c.DueOn, Today), c.Scope, c.Remark, c.CreatedAt, c.CreatedByName,
        c.Version, c.Breaches.Select(b => new BreachView(b.Id, c.Id, b.OccurredOn, b.Description, b.RecordedAt, b.RecordedByName)).ToList());

    /// <summary>The bureau asked for (it must be a bureau), or the caller's; null when the id is not a bureau.</summary>
    private async Task<OrgUnit?> BureauAsync(ZhibaoDb db, int? bureauId, CancellationToken ct) => bureauId is { } id
        ? await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id && u.Kind == OrgUnitKind.Bureau, ct)
        : await agencies.CallerBureauAsync(db, ct);

    /// <summary>
    /// 代理机构信用承诺覆盖率 for the plan module: active agencies supervised by the bureau (the caller's when null) holding a
    /// signed, unbreached commitment, over all its active agencies. Null when <paramref name="bureauId"/> is not a bureau.
    /// </summary>
    public async Task<CoverageView?> CoverageAsync(int? bureauId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var bureau = await BureauAsync(db, bureauId, ct);
        if (bureau is null)
        {
            return null;
        }
        var (coverage, _) = await CoverageOnAsync(db, bureau.Id, Today, ct);
        return new CoverageView(coverage.Covered, coverage.Total, coverage.Rate, bureau.Id, bureau.Name, Today);
    }

    /// <summary>
    /// The coverage of <paramref name="bureauId"/>'s active agencies on <paramref name="day"/> (a commitment signed by then and
    /// not breached), and the agencies not covered ("某代理公司（未签署）", "…（已违反）"): the rule of
    /// <c>GET /api/agencies/commitment-coverage</c>, which the plan's indicator reads too.
    /// </summary>
    public static async Task<(CommitmentCoverage Coverage, List<string> Uncovered)> CoverageOnAsync(ZhibaoDb db, int bureauId, DateOnly day, CancellationToken ct)
    {
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.OrgUnitId == bureauId && a.IsActive)
            .OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Name,
                Covered = a.Commitments.Any(c => c.Status == CommitmentStatus.Signed && (c.SignedOn == null || c.SignedOn <= day)),
                Breached = a.Commitments.Any(c => c.Status == CommitmentStatus.Breached),
            })
            .ToListAsync(ct);
        return (CreditCommitmentRules.Coverage(agencies.Count(a => a.Covered), agencies.Count),
            agencies.Where(a => !a.Covered).Select(a => $"{a.Name}（{CreditCommitmentRules.StatusName(a.Breached ? CommitmentStatus.Breached : CommitmentStatus.Unsigned)}）").ToList());
    }

    /// <summary>Active agencies of the bureau that never signed a commitment, the overdue first.</summary>
    public async Task<List<MissingCommitment>?> MissingAsync(int? bureauId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var bureau = await BureauAsync(db, bureauId, ct);
        if (bureau is null)
        {
            return null;
        }
        var today = Today;
        var rows = await AgencyRegistry.Filter(db, new AgencyFilter(null, null, CommitmentState.Missing, true), today)
            .Where(a => a.OrgUnitId == bureau.Id)
            .Select(a => new
            {
                a.Id, a.Name, a.UnifiedSocialCreditCode, a.PatentLicenceNumber, a.TrademarkFilingNumber, a.ContactPerson, a.ContactPhone,
                Due = a.Commitments.Min(c => c.DueOn),
            }).ToListAsync(ct);
        return rows.Select(a =>
        {
            var overdue = CreditCommitmentRules.IsOverdue(a.Due, today);
            var kinds = (a.PatentLicenceNumber is null ? AgencyKinds.None : AgencyKinds.Patent) | (a.TrademarkFilingNumber is null ? AgencyKinds.None : AgencyKinds.Trademark);
            return new MissingCommitment(a.Id, a.Name, a.UnifiedSocialCreditCode, CreditCommitmentRules.KindName(kinds), a.ContactPerson, a.ContactPhone,
                a.Due, overdue, overdue ? today.DayNumber - a.Due!.Value.DayNumber : null);
        }).OrderByDescending(m => m.Overdue).ThenBy(m => m.DueOn ?? DateOnly.MaxValue).ThenBy(m => m.Name).ToList();
    }

    /// <summary>
    /// Records that the bureau's commitment list went to the city division on a day: the receiver (an external unit) and the
    /// list as it stands now, kept as a snapshot for the export.
    /// </summary>
    public async Task<(SubmissionDetail? Submission, FieldErrors Errors)> SubmitAsync(SubmissionInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var errors = Validation.Validate(input);
        if (input.SubmittedOn is not { } day)
        {
            errors.Add(nameof(input.SubmittedOn), "请填写报送日期");
        }
        else if (day > Today)
        {
            errors.Add(nameof(input.SubmittedOn), "报送日期不能晚于今天");
        }
        var receiver = input.ReceiverUnitId is { } rid ? await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == rid, ct) : null;
        if (receiver is null)
        {
            errors.Add(nameof(input.ReceiverUnitId), "请选择接收单位（如天津市知识产权局）");
        }
        else if (receiver.Kind != OrgUnitKind.External)
        {
            errors.Add(nameof(input.ReceiverUnitId), $"“{receiver.Name}”不是外部单位；信用承诺名单报送市局相关处室，请在外部单位中选择");
        }
        var bureau = await agencies.CallerBureauAsync(db, ct);
        if (bureau is null)
        {
            errors.Add("bureau", "无法确定报送单位（本人所属区局）");
        }
        if (errors.Any)
        {
            return (null, errors);
        }
        var rows = await SnapshotAsync(db, bureau!.Id, ct);
        var submission = new CommitmentSubmission
        {
            BureauId = bureau.Id, SubmittedOn = input.SubmittedOn!.Value, ReceiverUnitId = receiver!.Id, AgencyCount = rows.Count,
            CoveredCount = rows.Count(r => r.StatusName == CreditCommitmentRules.StateName(CommitmentState.Signed)),
            Snapshot = JsonSerializer.Serialize(rows, SnapshotJson), Remark = RegistryText.Blank(input.Remark),
            CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedByName = agencies.Actor,
        };
        db.CommitmentSubmissions.Add(submission);
        await db.SaveChangesAsync(ct);
        return (new SubmissionDetail(Summary(submission, receiver.Name), rows), errors);
    }

    private async Task<List<SubmissionRow>> SnapshotAsync(ZhibaoDb db, int bureauId, CancellationToken ct)
    {
        var today = Today;
        var list = await db.Agencies.AsNoTracking().Where(a => a.OrgUnitId == bureauId && a.IsActive).OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new
            {
                Agency = a,
                Commitments = a.Commitments.Select(c => new { c.Status, c.SignedOn, c.DueOn, c.Scope, Breaches = c.Breaches.Count }).ToList(),
            }).AsSplitQuery().ToListAsync(ct);
        return list.Select(x =>
        {
            var standing = CreditCommitmentRules.Standing(x.Commitments.Select(c => (c.Status, c.SignedOn, c.DueOn)), today);
            var scope = x.Commitments.Where(c => c.Status != CommitmentStatus.Unsigned).OrderByDescending(c => c.SignedOn).Select(c => c.Scope).FirstOrDefault();
            return new SubmissionRow(x.Agency.Id, x.Agency.Name, x.Agency.UnifiedSocialCreditCode, CreditCommitmentRules.KindName(x.Agency.Kinds),
                x.Agency.PatentLicenceNumber, x.Agency.TrademarkFilingNumber, CreditCommitmentRules.StateName(standing.State), standing.SignedOn,
                standing.DueOn, scope, x.Commitments.Sum(c => c.Breaches), x.Agency.ContactPerson, x.Agency.ContactPhone);
        }).ToList();
    }

    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static SubmissionSummary Summary(CommitmentSubmission s, string receiver) =>
        new(s.Id, s.SubmittedOn, s.ReceiverUnitId, receiver, s.AgencyCount, s.CoveredCount, s.Remark, s.CreatedAt, s.CreatedByName);

    /// <summary>The caller's bureau's submissions, newest first.</summary>
    public async Task<List<SubmissionSummary>> SubmissionsAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var bureau = await agencies.CallerBureauAsync(db, ct);
        var list = await db.CommitmentSubmissions.AsNoTracking().Where(s => s.BureauId == (bureau == null ? 0 : bureau.Id))
            .OrderByDescending(s => s.SubmittedOn).ThenByDescending(s => s.Id)
            .Select(s => new { Submission = s, Receiver = s.ReceiverUnit!.Name }).ToListAsync(ct);
        return list.Select(x => Summary(x.Submission, x.Receiver)).ToList();
    }

    public async Task<SubmissionDetail?> SubmissionAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var bureau = await agencies.CallerBureauAsync(db, ct);
        var x = await db.CommitmentSubmissions.AsNoTracking().Where(s => s.Id == id && s.BureauId == (bureau == null ? 0 : bureau.Id))
            .Select(s => new { Submission = s, Receiver = s.ReceiverUnit!.Name }).SingleOrDefaultAsync(ct);
        return x is null ? null
            : new SubmissionDetail(Summary(x.Submission, x.Receiver), JsonSerializer.Deserialize<List<SubmissionRow>>(x.Submission.Snapshot, SnapshotJson) ?? []);
    }

    /// <summary>External units that may receive a submission; the city IP office (天津市知识产权局) first when present.</summary>
    public async Task<List<(int Id, string Name)>> ReceiversAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.External && u.IsActive)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Id).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        return units.OrderBy(u => u.Name.Contains("知识产权局") ? 0 : 1).Select(u => (u.Id, u.Name)).ToList();
    }

    public static readonly ExcelColumn<SubmissionRow>[] SubmissionColumns =
    [
        new("代理机构名称", r => r.Name), new("统一社会信用代码", r => r.UnifiedSocialCreditCode), new("类型", r => r.KindName),
        new("专利代理机构执业许可证号", r => r.PatentLicenceNumber), new("商标代理机构备案号", r => r.TrademarkFilingNumber),
        new("信用承诺", r => r.StatusName), new("签署日期", r => RegistryText.Date(r.SignedOn)), new("应签署日期", r => RegistryText.Date(r.DueOn)),
        new("承诺事项", r => r.Scope), new("违诺次数", r => r.BreachCount), new("联系人", r => r.ContactPerson), new("联系电话", r => r.ContactPhone),
    ];

    public static readonly ExcelColumn<MissingCommitment>[] MissingColumns =
    [
        new("代理机构名称", r => r.Name), new("统一社会信用代码", r => r.UnifiedSocialCreditCode), new("类型", r => r.KindName),
        new("应签署日期", r => RegistryText.Date(r.DueOn)), new("是否逾期", r => r.Overdue ? "是" : "否"), new("逾期天数", r => r.DaysOverdue),
        new("联系人", r => r.ContactPerson), new("联系电话", r => r.ContactPhone),
    ];
}
