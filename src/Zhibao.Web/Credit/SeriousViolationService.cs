using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Credit;
using Zhibao.Web.Cases;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;

namespace Zhibao.Web.Credit;

public sealed record ListingFilter(string? Search, ListingStatus? Status, int? PartyId = null);

/// <summary>
/// 严重违法失信名单 (总局令第44号): list, list a party, remove it, and the 联合惩戒 measures per listing. Listings are owned by
/// the deciding unit (the linked case's, else the user's), so a station sees its own; the party's grade counts them all.
/// </summary>
public sealed class SeriousViolationService(IDbContextFactory<ZhibaoDb> factory, CreditSchemeStore schemes, CurrentUser user, TimeProvider clock)
{
    public DateOnly Today => Clock.Today(clock);

    private string Actor => user.DisplayName ?? user.UserName ?? "系统";

    public async Task<Page<ListingView>> ListAsync(ListingFilter filter, int page, int pageSize, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Filter(db, filter);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(l => l.ListedOn).ThenByDescending(l => l.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return new Page<ListingView>(await ViewsAsync(db, rows, ct), total, page, pageSize);
    }

    public async Task<List<ListingView>> AllAsync(ListingFilter filter, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await Filter(db, filter).OrderByDescending(l => l.ListedOn).ThenByDescending(l => l.Id).Take(ExcelExport.MaxRows).ToListAsync(ct);
        return await ViewsAsync(db, rows, ct);
    }

    public async Task<ListingView?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await GetAsync(db, id, ct);
    }

    private async Task<ListingView?> GetAsync(ZhibaoDb db, int id, CancellationToken ct)
    {
        var row = await Load(db).SingleOrDefaultAsync(l => l.Id == id, ct);
        return row is null ? null : (await ViewsAsync(db, [row], ct))[0];
    }

    private static IQueryable<SeriousViolationListing> Load(ZhibaoDb db) =>
        db.SeriousViolationListings.AsNoTracking().Include(l => l.Party).Include(l => l.OrgUnit).Include(l => l.Case);

    private IQueryable<SeriousViolationListing> Filter(ZhibaoDb db, ListingFilter f)
    {
        var query = Load(db);
        if (f.PartyId is { } partyId)
        {
            query = query.Where(l => l.PartyId == partyId);
        }
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var k = f.Search.Trim();
            var code = k.ToUpperInvariant();
            query = query.Where(l => l.Party!.Name.Contains(k) || l.DecisionNumber.Contains(k)
                || (l.Party.UnifiedSocialCreditCode != null && l.Party.UnifiedSocialCreditCode.Contains(code)) || l.Party.ResidentIdNumber == code);
        }
        var today = Today;
        query = f.Status switch
        {
            ListingStatus.Removed => query.Where(l => l.RemovedOn != null),
            ListingStatus.DueForRemoval => query.Where(l => l.RemovedOn == null && l.PlannedRemovalOn <= today),
            ListingStatus.Listed => query.Where(l => l.RemovedOn == null && l.PlannedRemovalOn > today),
            _ => query,
        };
        return query;
    }

    private async Task<List<ListingView>> ViewsAsync(ZhibaoDb db, List<SeriousViolationListing> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var measures = await JointQuery(db.JointPunishments.Where(j => ids.Contains(j.ListingId))).ToListAsync(ct);
        var periods = (await schemes.GetAsync(ct)).Periods;
        var today = Today;
        var fullIds = user.HasPermission(Permissions.IdentityNumberView);
        return rows.Select(l =>
        {
            var grounds = l.Grounds.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(g => Enum.TryParse<SeriousViolationGround>(g, out var v) ? v : SeriousViolationGround.Other).ToList();
            var status = SeriousViolationList.Status(l.PlannedRemovalOn, l.RemovedOn, today);
            return new ListingView(l.Id, l.PartyId, l.Party!.Name, CreditText.PartyCode(l.Party, fullIds), grounds.Select(CreditText.ApiName).ToList(),
                grounds.Select(SeriousViolationList.GroundName).ToList(), l.HeavierPenalty, SeriousViolationList.HeavierPenaltyName(l.HeavierPenalty),
                l.DecisionNumber, l.Reason, l.CaseId, l.Case?.CaseNumber, l.OrgUnitId, l.OrgUnit?.Name ?? "", l.ListedOn, l.PlannedRemovalOn,
                SeriousViolationList.EarliestEarlyRemovalOn(l.ListedOn, periods), l.RemovedOn, l.RemovalKind,
                l.RemovalKind is { } k ? SeriousViolationList.RemovalName(k) : null, l.RemovalNote, status, SeriousViolationList.StatusName(status),
                l.CreatedAt, l.CreatedByName, l.Version, measures.Where(m => m.ListingId == l.Id).ToList());
        }).ToList();
    }

    private static IQueryable<JointPunishmentView> JointQuery(IQueryable<JointPunishment> measures) =>
        measures.AsNoTracking().OrderBy(j => j.StartedOn).ThenBy(j => j.Id).Select(j => new JointPunishmentView(
            j.Id, j.ListingId, j.Measure, j.ImplementingUnitId, j.ImplementingUnit!.Name, j.StartedOn, j.Note, j.CreatedAt, j.CreatedByName));

    public async Task<CreditResult<ListingView>> CreateAsync(ListingInput? input, CancellationToken ct)
    {
        if (input is null)
        {
            return CreditResults.Invalid<ListingView>(new FieldErrors().Add("body", "请求内容不能为空"));
        }
        var errors = Validation.Validate(input);
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = Today;
        if (input.PartyId is not { } partyId)
        {
            errors.Add("partyId", "请选择当事人");
        }
        else if (!await db.Parties.AnyAsync(p => p.Id == partyId, ct))
        {
            errors.Add("partyId", $"当事人（编号{partyId}）不存在");
        }
        var grounds = new List<SeriousViolationGround>();
        if (input.Grounds is not { Count: > 0 })
        {
            errors.Add("grounds", $"请选择列入情形（{SeriousViolationList.Rule}第九条等），可选：{CreditText.Choices<SeriousViolationGround>(SeriousViolationList.GroundName)}");
        }
        else
        {
            foreach (var text in input.Grounds)
            {
                if (CreditText.Parse<SeriousViolationGround>(text, SeriousViolationList.GroundName) is { } ground)
                {
                    grounds.Add(ground);
                }
                else
                {
                    errors.Add("grounds", $"列入情形“{text}”无效，可选：{CreditText.Choices<SeriousViolationGround>(SeriousViolationList.GroundName)}");
                }
            }
        }
        var heavier = CreditText.Parse<HeavierPenalty>(input.HeavierPenalty, SeriousViolationList.HeavierPenaltyName);
        if (heavier is null)
        {
            errors.Add("heavierPenalty", $"请选择据以列入的较重行政处罚（{SeriousViolationList.Rule}第二条），可选：{CreditText.Choices<HeavierPenalty>(SeriousViolationList.HeavierPenaltyName)}");
        }

        int? unitId = user.OrgUnitId;
        DateOnly? decidedOn = null;
        if (input.CaseId is { } caseId)
        {
            // db.Cases is scoped: a case the user cannot see cannot be named.
            var c = await db.PenaltyCases.AsNoTracking().Where(x => x.Id == caseId)
                .Select(x => new { x.OrgUnitId, x.Outcome, x.DecidedOn, IsRespondent = x.Parties.Any(p => p.PartyId == input.PartyId && p.Role == CasePartyRole.Respondent) })
                .SingleOrDefaultAsync(ct);
            if (c is null)
            {
                errors.Add("caseId", "行政处罚案件不存在或不在您的数据权限范围内");
            }
            else if (c.Outcome != DecisionOutcome.Penalty || c.DecidedOn is null)
            {
                errors.Add("caseId", $"该案件尚未作出行政处罚决定：列入严重违法失信名单须以较重行政处罚为前提（{SeriousViolationList.Rule}第二条）");
            }
            else if (!c.IsRespondent)
            {
                errors.Add("caseId", "该当事人不是此案件的被处罚当事人");
            }
            else
            {
                unitId = c.OrgUnitId;
                decidedOn = c.DecidedOn;
            }
        }
        if (input.ListedOn is { } listedOn && SeriousViolationList.CheckListedOn(listedOn, decidedOn, today) is { } dateError)
        {
            errors.Add("listedOn", dateError);
        }
        if (unitId is null)
        {
            errors.Add("caseId", "您的账号未归属单位，请选择据以列入的案件");
        }
        if (errors.Any)
        {
            return CreditResults.Invalid<ListingView>(errors);
        }
        var number = input.DecisionNumber!.Trim();
        if (await db.SeriousViolationListings.IgnoreQueryFilters().AnyAsync(l => l.DecisionNumber == number, ct))
        {
            return CreditResults.Refused<ListingView>($"列入决定书文号“{number}”已登记");
        }
        var periods = (await schemes.GetAsync(ct)).Periods;
        var listing = new SeriousViolationListing
        {
            PartyId = input.PartyId!.Value, OrgUnitId = unitId!.Value, Grounds = string.Join(",", grounds.Distinct()), HeavierPenalty = heavier!.Value,
            DecisionNumber = number, Reason = input.Reason!.Trim(), CaseId = input.CaseId, ListedOn = input.ListedOn!.Value,
            PlannedRemovalOn = SeriousViolationList.PlannedRemovalOn(input.ListedOn.Value, periods), CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedByName = Actor,
        };
        db.SeriousViolationListings.Add(listing);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            return CreditResults.Refused<ListingView>($"列入决定书文号“{number}”已登记");   // the same number saved at the same moment
        }
        return new CreditResult<ListingView>(await GetAsync(db, listing.Id, ct), errors);
    }

    public async Task<CreditResult<ListingView>> RemoveAsync(int id, RemovalInput? input, CancellationToken ct)
    {
        if (input is null)
        {
            return CreditResults.Invalid<ListingView>(new FieldErrors().Add("body", "请求内容不能为空"));
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var listing = await db.SeriousViolationListings.SingleOrDefaultAsync(l => l.Id == id, ct);
        if (listing is null)
        {
            return CreditResults.Missing<ListingView>("严重违法失信名单记录");
        }
        if (listing.RemovedOn is { } removed)
        {
            return CreditResults.Refused<ListingView>($"该当事人已于{CreditText.Date(removed)}移出名单");
        }
        var errors = Validation.Validate(input);
        var kind = CreditText.Parse<RemovalKind>(input.Kind, SeriousViolationList.RemovalName);
        if (kind is null)
        {
            errors.Add("kind", $"请选择移出方式，可选：{CreditText.Choices<RemovalKind>(SeriousViolationList.RemovalName)}");
        }
        if (input.RemovedOn is { } on && kind is { } k
            && SeriousViolationList.CheckRemoval(listing.ListedOn, listing.PlannedRemovalOn, on, k, (await schemes.GetAsync(ct)).Periods, Today) is { } error)
        {
            errors.Add("removedOn", error);
        }
        if (kind is RemovalKind.Revoked or RemovalKind.Early && string.IsNullOrWhiteSpace(input.Note))
        {
            errors.Add("note", kind == RemovalKind.Revoked ? "请说明撤销处罚决定的文书或理由" : "请说明提前移出的依据（信用修复申请及审核情况）");
        }
        if (errors.Any)
        {
            return CreditResults.Invalid<ListingView>(errors);
        }
        if (input.Version is { } version)
        {
            db.Entry(listing).Property(l => l.Version).OriginalValue = version;
        }
        listing.RemovedOn = input.RemovedOn;
        listing.RemovalKind = kind;
        listing.RemovalNote = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        await db.SaveChangesAsync(ct);
        return new CreditResult<ListingView>(await GetAsync(db, id, ct), errors);
    }

    /// <summary>The listing's measures, or null when the listing is not found in the user's scope.</summary>
    public async Task<IReadOnlyList<JointPunishmentView>?> JointPunishmentsAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (!await db.SeriousViolationListings.AnyAsync(l => l.Id == id, ct))
        {
            return null;
        }
        return await JointQuery(db.JointPunishments.Where(j => j.ListingId == id)).ToListAsync(ct);
    }

    public async Task<CreditResult<JointPunishmentView>> AddJointPunishmentAsync(int id, JointPunishmentInput? input, CancellationToken ct)
    {
        if (input is null)
        {
            return CreditResults.Invalid<JointPunishmentView>(new FieldErrors().Add("body", "请求内容不能为空"));
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var listing = await db.SeriousViolationListings.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, ct);
        if (listing is null)
        {
            return CreditResults.Missing<JointPunishmentView>("严重违法失信名单记录");
        }
        var errors = Validation.Validate(input);
        if (input.ImplementingUnitId is not { } unitId)
        {
            errors.Add("implementingUnitId", "请选择实施惩戒的单位");
        }
        else if (!await db.OrgUnits.AnyAsync(u => u.Id == unitId && u.Kind == OrgUnitKind.External && u.IsActive, ct))
        {
            errors.Add("implementingUnitId", "实施单位须为组织机构中的外部单位（如法院、公安、市知识产权局等）");
        }
        if (input.StartedOn is { } started)
        {
            if (started < listing.ListedOn)
            {
                errors.Add("startedOn", $"实施日期不能早于列入日期{CreditText.Date(listing.ListedOn)}");
            }
            else if (listing.RemovedOn is { } removed && started >= removed)
            {
                errors.Add("startedOn", $"当事人已于{CreditText.Date(removed)}移出名单，此后不再实施联合惩戒");
            }
            else if (started > Today)
            {
                errors.Add("startedOn", "实施日期不能晚于今天");
            }
        }
        if (errors.Any)
        {
            return CreditResults.Invalid<JointPunishmentView>(errors);
        }
        var measure = new JointPunishment
        {
            ListingId = id, Measure = input.Measure!.Trim(), ImplementingUnitId = input.ImplementingUnitId!.Value, StartedOn = input.StartedOn!.Value,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedByName = Actor,
        };
        db.JointPunishments.Add(measure);
        await db.SaveChangesAsync(ct);
        return new CreditResult<JointPunishmentView>(await JointQuery(db.JointPunishments.Where(j => j.Id == measure.Id)).SingleAsync(ct), errors);
    }

    /// <summary>The party's decided penalty cases the user may see, for the forms (据以列入的案件, the record to repair).</summary>
    public async Task<List<LookupOption>> PenaltyOptionsAsync(int partyId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var cases = await db.PenaltyCases.AsNoTracking()
            .Where(c => c.Outcome == DecisionOutcome.Penalty && c.DecidedOn != null && c.Parties.Any(p => p.PartyId == partyId && p.Role == CasePartyRole.Respondent))
            .OrderByDescending(c => c.DecidedOn).Select(c => new { c.Id, c.CaseNumber, c.DecidedOn, c.FineAmount }).ToListAsync(ct);
        return cases.Select(c => new LookupOption(c.Id,
            $"{c.CaseNumber ?? $"案件#{c.Id}"}（{CreditText.Date(c.DecidedOn!.Value)}决定{(c.FineAmount is > 0m ? "，罚款" + CreditText.Yuan(c.FineAmount.Value) : "")}）")).ToList();
    }

    /// <summary>The party's listings still in force that the user may see (for an early-removal application).</summary>
    public async Task<List<LookupOption>> ActiveListingOptionsAsync(int partyId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var today = Today;
        var listings = await db.SeriousViolationListings.AsNoTracking()
            .Where(l => l.PartyId == partyId && l.RemovedOn == null && l.PlannedRemovalOn > today).OrderByDescending(l => l.ListedOn)
            .Select(l => new { l.Id, l.DecisionNumber, l.ListedOn }).ToListAsync(ct);
        return listings.Select(l => new LookupOption(l.Id, $"{l.DecisionNumber}（{CreditText.Date(l.ListedOn)}列入）")).ToList();
    }

    public static readonly ExcelColumn<ListingView>[] Columns =
    [
        new("当事人", r => r.PartyName), new("统一社会信用代码/身份证号码", r => r.PartyCode), new("列入决定书文号", r => r.DecisionNumber),
        new("列入情形", r => string.Join("；", r.GroundNames)), new("较重行政处罚", r => r.HeavierPenaltyName), new("事实和理由", r => r.Reason),
        new("据以列入的案件", r => r.CaseNumber), new("列入单位", r => r.OrgUnitName), new("列入日期", r => CreditText.Date(r.ListedOn)),
        new("届满移出日期", r => CreditText.Date(r.PlannedRemovalOn)), new("可申请提前移出日期", r => CreditText.Date(r.EarliestEarlyRemovalOn)),
        new("状态", r => r.StatusName), new("移出日期", r => r.RemovedOn is { } d ? CreditText.Date(d) : null), new("移出方式", r => r.RemovalKindName),
        new("联合惩戒措施", r => string.Join("；", r.JointPunishments.Select(j => $"{j.Measure}（{j.ImplementingUnitName}，{CreditText.Date(j.StartedOn)}）"))),
    ];
}
