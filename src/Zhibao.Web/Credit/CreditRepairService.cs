using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Credit;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Credit;

public sealed record RepairFilter(string? Search, RepairDecision? Decision, int? PartyId = null);

/// <summary>
/// 信用修复 (《市场监督管理信用修复管理办法》): applications for a penalty record or a listing, checked against the waiting
/// periods and conditions (<see cref="CreditRepair"/>), then granted or refused. Granting a listing's application removes
/// the party from the list early (总局令第44号); granting a penalty's stops the penalty counting in the grade.
/// </summary>
public sealed class CreditRepairService(IDbContextFactory<ZhibaoDb> factory, CreditSchemeStore schemes, CurrentUser user, TimeProvider clock)
{
    private static readonly string[] CarriedOutStatuses = [nameof(PenaltyCaseStatus.Closed), nameof(PenaltyCaseStatus.Archived)];

    public DateOnly Today => Clock.Today(clock);

    private string Actor => user.DisplayName ?? user.UserName ?? "系统";

    public async Task<Page<RepairView>> ListAsync(RepairFilter filter, int page, int pageSize, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Filter(db, filter);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(r => r.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Page<RepairView>(await ViewsAsync(rows, ct), total, page, pageSize);
    }

    private static IQueryable<CreditRepairApplication> Load(ZhibaoDb db) =>
        db.CreditRepairApplications.AsNoTracking().Include(r => r.Party).Include(r => r.Listing).Include(r => r.PenaltyCase);

    private static IQueryable<CreditRepairApplication> Filter(ZhibaoDb db, RepairFilter f)
    {
        var query = Load(db);
        if (f.PartyId is { } partyId)
        {
            query = query.Where(r => r.PartyId == partyId);
        }
        if (f.Decision is { } decision)
        {
            query = query.Where(r => r.Decision == decision);
        }
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var k = f.Search.Trim();
            query = query.Where(r => r.Party!.Name.Contains(k) || (r.Listing != null && r.Listing.DecisionNumber.Contains(k))
                || (r.PenaltyCase != null && r.PenaltyCase.CaseNumber != null && r.PenaltyCase.CaseNumber.Contains(k)));
        }
        return query;
    }

    private async Task<List<RepairView>> ViewsAsync(List<CreditRepairApplication> rows, CancellationToken ct)
    {
        var periods = (await schemes.GetAsync(ct)).Periods;
        return rows.Select(r => new RepairView(
            r.Id, r.PartyId, r.Party!.Name, r.Target, CreditText.TargetName(r.Target), r.ListingId, r.Listing?.DecisionNumber, r.PenaltyCaseId,
            r.PenaltyCase?.CaseNumber, r.AppliedOn, CreditRepair.EarliestOn(r.Target, Since(r), periods), r.CommitmentSubmitted, r.Note,
            CreditText.ApiName(r.Decision), CreditText.DecisionName(r.Decision), r.DecidedOn, r.DecisionReason, r.DecidedByName, r.CreatedAt,
            r.CreatedByName, r.Version)).ToList();
    }

    /// <summary>From when the waiting period runs: the listing date, or the penalty's publication (its decision when not published).</summary>
    private static DateOnly Since(CreditRepairApplication r) => r.Target == RepairTarget.Listing
        ? r.Listing!.ListedOn
        : r.PenaltyCase is PenaltyCase p ? p.PublishedOn ?? p.DecidedOn ?? r.AppliedOn : r.AppliedOn;

    public async Task<RepairView?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await Load(db).SingleOrDefaultAsync(r => r.Id == id, ct);
        return row is null ? null : (await ViewsAsync([row], ct))[0];
    }

    public async Task<CreditResult<RepairView>> ApplyAsync(RepairInput? input, CancellationToken ct)
    {
        if (input is null)
        {
            return CreditResults.Invalid<RepairView>(new FieldErrors().Add("body", "请求内容不能为空"));
        }
        var errors = Validation.Validate(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        if (input.PartyId is not { } partyId)
        {
            errors.Add("partyId", "请选择申请修复的当事人");
            return CreditResults.Invalid<RepairView>(errors);
        }
        if (!await db.Parties.AnyAsync(p => p.Id == partyId, ct))
        {
            errors.Add("partyId", $"当事人（编号{partyId}）不存在");
            return CreditResults.Invalid<RepairView>(errors);
        }
        if ((input.ListingId is null) == (input.PenaltyCaseId is null))
        {
            errors.Add("listingId", "请选择要修复的一条记录：严重违法失信名单记录（listingId，申请提前移出）或行政处罚案件（penaltyCaseId），二者选一");
            return CreditResults.Invalid<RepairView>(errors);
        }
        if (!input.CommitmentSubmitted)
        {
            errors.Add("commitmentSubmitted", "申请信用修复须提交守信承诺书（《市场监督管理信用修复管理办法》）");
        }

        var target = input.ListingId is null ? RepairTarget.Penalty : RepairTarget.Listing;
        var field = target == RepairTarget.Penalty ? "penaltyCaseId" : "listingId";
        int unitId;
        DateOnly since;
        bool carriedOut;
        if (input.ListingId is { } listingId)
        {
            var listing = await db.SeriousViolationListings.AsNoTracking().Include(l => l.Case).SingleOrDefaultAsync(l => l.Id == listingId, ct);
            if (listing is null || listing.PartyId != partyId)
            {
                errors.Add(field, "该当事人的严重违法失信名单记录不存在或不在您的数据权限范围内");
                return CreditResults.Invalid<RepairView>(errors);
            }
            if (listing.RemovedOn is not null || listing.PlannedRemovalOn <= Today)
            {
                return CreditResults.Refused<RepairView>("该名单记录已移出或已届满，无需申请提前移出");
            }
            (unitId, since) = (listing.OrgUnitId, listing.ListedOn);
            carriedOut = listing.Case is not PenaltyCase lc || CarriedOut(lc);
        }
        else
        {
            var caseId = input.PenaltyCaseId!.Value;
            var c = await db.PenaltyCases.AsNoTracking().Where(x => x.Id == caseId)
                .Select(x => new { Case = x, IsRespondent = x.Parties.Any(p => p.PartyId == partyId && p.Role == CasePartyRole.Respondent) })
                .SingleOrDefaultAsync(ct);
            if (c is null || !c.IsRespondent || c.Case.Outcome != DecisionOutcome.Penalty || c.Case.DecidedOn is null)
            {
                errors.Add(field, "请选择该当事人已作出行政处罚决定的案件（案件不存在、不在您的数据权限范围内或未作出处罚决定）");
                return CreditResults.Invalid<RepairView>(errors);
            }
            (unitId, since) = (c.Case.OrgUnitId, c.Case.PublishedOn ?? c.Case.DecidedOn.Value);
            carriedOut = CarriedOut(c.Case);
        }

        var appliedOn = input.AppliedOn ?? Today;
        var periods = (await schemes.GetAsync(ct)).Periods;
        var lastRepair = await db.CreditRepairApplications.IgnoreQueryFilters()
            .Where(r => r.PartyId == partyId && r.Decision == RepairDecision.Approved).MaxAsync(r => r.DecidedOn, ct);
        var listed = await db.SeriousViolationListings.IgnoreQueryFilters()
            .AnyAsync(l => l.PartyId == partyId && l.ListedOn <= appliedOn && l.PlannedRemovalOn > appliedOn && (l.RemovedOn == null || l.RemovedOn > appliedOn), ct);
        if (input.AppliedOn is not null)
        {
            foreach (var e in CreditRepair.Check(new RepairFacts(target, appliedOn, since, carriedOut, listed, lastRepair), periods, Today, field))
            {
                errors.Add(e.Field, e.Message);
            }
        }
        if (errors.Any)
        {
            return CreditResults.Invalid<RepairView>(errors);
        }
        var open = db.CreditRepairApplications.IgnoreQueryFilters()
            .Where(r => r.ListingId == input.ListingId && r.PenaltyCaseId == input.PenaltyCaseId);
        if (await open.AnyAsync(r => r.Decision == RepairDecision.Pending, ct))
        {
            return CreditResults.Refused<RepairView>("该记录已有待审核的信用修复申请");
        }
        if (await open.AnyAsync(r => r.Decision == RepairDecision.Approved, ct))
        {
            return CreditResults.Refused<RepairView>("该记录已准予信用修复");
        }
        var application = new CreditRepairApplication
        {
            PartyId = partyId, OrgUnitId = unitId, Target = target, ListingId = input.ListingId, PenaltyCaseId = input.PenaltyCaseId, AppliedOn = appliedOn,
            CommitmentSubmitted = true, Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(), Decision = RepairDecision.Pending,
            CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedByName = Actor,
        };
        db.CreditRepairApplications.Add(application);
        await db.SaveChangesAsync(ct);
        return new CreditResult<RepairView>(await GetAsync(application.Id, ct), errors);
    }

    /// <summary>履行完毕: the fine paid, a warning only, or the case closed (结案 needs the execution recorded).</summary>
    private static bool CarriedOut(PenaltyCase c) =>
        c.WarningOnly || c.PaidOn is not null || CarriedOutStatuses.Contains(c.Status) || (c.FineAmount ?? 0m) + (c.ConfiscatedAmount ?? 0m) == 0m;

    public async Task<CreditResult<RepairView>> DecideAsync(int id, RepairDecisionInput? input, CancellationToken ct)
    {
        if (input is null)
        {
            return CreditResults.Invalid<RepairView>(new FieldErrors().Add("body", "请求内容不能为空"));
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var application = await db.CreditRepairApplications.Include(r => r.Listing).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (application is null)
        {
            return CreditResults.Missing<RepairView>("信用修复申请");
        }
        if (application.Decision != RepairDecision.Pending)
        {
            return CreditResults.Refused<RepairView>($"该申请已于{(application.DecidedOn is { } d ? CreditText.Date(d) : "")}作出决定（{CreditText.DecisionName(application.Decision)}）");
        }
        var errors = Validation.Validate(input);
        if (input.Approved is null)
        {
            errors.Add("approved", "请选择准予修复（true）或不予修复（false）");
        }
        if (input.DecidedOn is { } on)
        {
            if (on < application.AppliedOn)
            {
                errors.Add("decidedOn", $"决定日期不能早于申请日期{CreditText.Date(application.AppliedOn)}");
            }
            else if (on > Today)
            {
                errors.Add("decidedOn", "决定日期不能晚于今天");
            }
        }
        if (errors.Any)
        {
            return CreditResults.Invalid<RepairView>(errors);
        }
        if (input.Version is { } version)
        {
            db.Entry(application).Property(r => r.Version).OriginalValue = version;
        }
        application.Decision = input.Approved == true ? RepairDecision.Approved : RepairDecision.Rejected;
        application.DecidedOn = input.DecidedOn;
        application.DecisionReason = input.Reason!.Trim();
        application.DecidedByName = Actor;
        if (application.Decision == RepairDecision.Approved && application.Listing is { } listing)
        {
            if (listing.RemovedOn is not null)
            {
                return CreditResults.Refused<RepairView>("该名单记录已移出，无需提前移出");
            }
            // 准予提前移出: the listing ends on the decision day (总局令第44号; the 1-year wait was checked on application).
            listing.RemovedOn = input.DecidedOn;
            listing.RemovalKind = RemovalKind.Early;
            listing.RemovalNote = $"信用修复申请（编号{application.Id}）准予提前移出：{application.DecisionReason}";
        }
        await db.SaveChangesAsync(ct);   // one save: the decision and the removal together
        return new CreditResult<RepairView>(await GetAsync(id, ct), errors);
    }
}
