using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Identifiers;
using Zhibao.Domain.Markets;
using Zhibao.Web.Leads;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Admin;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;
using Zhibao.Web.Platform.Excel;
using Zhibao.Web.Registries;

namespace Zhibao.Web.Markets;

/// <summary>
/// 规范化市场名录 (seed task 8): markets and venues with their three systems, inspections, claims paid and stall holders
/// removed, and the 规范化市场 rating of <see cref="MarketRating"/> with its reasons. Markets are unit-owned (the supervising
/// unit); the plan indicator 规范化市场数 counts the whole bureau.
/// </summary>
public sealed class MarketRegistry(IDbContextFactory<ZhibaoDb> factory, CurrentUser user, SettingsReader settings, OrgTree tree, TimeProvider clock)
{
    public const string RatioSetting = "Markets.MinCommitmentRatio";
    public const string WindowSetting = "Markets.InspectionWindowMonths";

    private const string StaleMessage = "该记录已被他人修改，请刷新后重试";

    public DateOnly Today => Clock.Today(clock);

    /// <summary>The rating thresholds from the settings, the documented defaults where unset or out of range.</summary>
    public async Task<MarketRatingOptions> OptionsAsync(CancellationToken ct)
    {
        var values = await settings.AllAsync(ct);
        var ratio = SettingsReader.Number(values, RatioSetting, MarketRatingOptions.Default.MinCommitmentRatio);
        var months = (int)SettingsReader.Number(values, WindowSetting, MarketRatingOptions.Default.InspectionWindowMonths);
        return new MarketRatingOptions(ratio is >= 0 and <= 1 ? ratio : MarketRatingOptions.Default.MinCommitmentRatio,
            months is >= 1 and <= 120 ? months : MarketRatingOptions.Default.InspectionWindowMonths);
    }

    public async Task<Page<MarketRow>> ListAsync(MarketFilter filter, int page, int pageSize, CancellationToken ct)
    {
        var rows = await AllAsync(filter, ct);
        return new Page<MarketRow>(rows.Skip((page - 1) * pageSize).Take(pageSize).ToList(), rows.Count, page, pageSize);
    }

    /// <summary>
    /// Every market matching the filter, rated. The rating depends on today's date and on the settings, so it is computed
    /// here rather than stored; a district has hundreds of markets, not millions.
    /// </summary>
    public async Task<List<MarketRow>> AllAsync(MarketFilter filter, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Markets.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var k = filter.Search.Trim();
            var code = k.ToUpperInvariant();
            query = query.Where(m => m.Name.Contains(k) || (m.OperatorName != null && m.OperatorName.Contains(k))
                || (m.Address != null && m.Address.Contains(k)) || (m.OperatorUscc != null && m.OperatorUscc == code));
        }
        if (filter.Kind is { } kind)
        {
            query = query.Where(m => m.Kind == kind);
        }
        if (!string.IsNullOrWhiteSpace(filter.Area))
        {
            var area = filter.Area.Trim();
            query = query.Where(m => m.Area == area);
        }
        if (filter.UnitId is { } unitId)
        {
            var units = tree.UnitAndBelow(unitId);
            query = query.Where(m => units.Contains(m.OrgUnitId));
        }
        var markets = await query.Include(m => m.OrgUnit).OrderByDescending(m => m.Id).Take(ExcelExport.MaxRows).ToListAsync(ct);
        var rows = await RowsAsync(db, markets, ct);
        return rows.Where(r => (filter.Rating is not { } rating || r.Rating == rating)
            && (filter.Standardised is not { } standardised || r.IsStandardised == standardised)).ToList();
    }

    private async Task<List<MarketRow>> RowsAsync(ZhibaoDb db, List<Market> markets, CancellationToken ct)
    {
        var ids = markets.Select(m => m.Id).ToList();
        var inspections = (await db.MarketInspections.AsNoTracking().Where(i => ids.Contains(i.MarketId))
            .Select(i => new { i.MarketId, i.InspectedOn, i.Result, i.RectifiedOn }).ToListAsync(ct))
            .ToLookup(i => i.MarketId, i => new MarketInspectionFact(i.InspectedOn, i.Result, i.RectifiedOn));
        // Amounts are summed here: SQLite cannot SUM a decimal column in SQL.
        var claims = (await db.MarketCompensationClaims.AsNoTracking().Where(c => ids.Contains(c.MarketId))
            .Select(c => new { c.MarketId, c.Amount }).ToListAsync(ct)).ToLookup(c => c.MarketId, c => c.Amount);
        var removals = await db.MarketRemovals.AsNoTracking().Where(r => ids.Contains(r.MarketId)).GroupBy(r => r.MarketId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var options = await OptionsAsync(ct);
        var today = Today;
        return markets.Select(m => Row(m, [.. inspections[m.Id]], claims[m.Id].ToList(), removals.GetValueOrDefault(m.Id), options, today).Row).ToList();
    }

    private static (MarketRow Row, MarketRatingResult Rating) Row(Market m, IReadOnlyList<MarketInspectionFact> inspections, List<decimal> claims,
        int removals, MarketRatingOptions options, DateOnly today)
    {
        var rating = MarketRating.Rate(Facts(m, inspections), options, today);
        var last = inspections.Where(i => i.InspectedOn <= today).OrderBy(i => i.InspectedOn).LastOrDefault();
        var row = new MarketRow(m.Id, m.Name, m.Kind, MarketKinds.Name(m.Kind), m.OperatorPartyId, m.OperatorName, m.OperatorUscc,
            m.Address, m.Area, m.StallCount, m.OrgUnitId, m.OrgUnit?.Name ?? "",
            m.EntryCommitmentStatus, MarketRating.Name(m.EntryCommitmentStatus), m.CommitmentCount,
            MarketRating.CommitmentRatio(m.CommitmentCount, m.StallCount) is { } ratio ? Math.Round(ratio, 4) : null,
            m.AdvanceCompensationStatus, MarketRating.Name(m.AdvanceCompensationStatus), m.CompensationFund, claims.Count, claims.Sum(),
            m.CounterfeitExitStatus, MarketRating.Name(m.CounterfeitExitStatus), removals,
            last?.InspectedOn, last is null ? null : MarketRating.Name(last.Result), rating.Level, rating.LevelName, rating.IsStandardised, m.Version);
        return (row, rating);
    }

    private static MarketFacts Facts(Market m, IReadOnlyList<MarketInspectionFact> inspections) => new(
        m.StallCount, m.EntryCommitmentStatus, m.CommitmentCount, m.AdvanceCompensationStatus, m.CompensationFund, m.CounterfeitExitStatus,
        inspections);

    public async Task<MarketDetail?> GetAsync(int id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var m = await db.Markets.AsNoTracking().Include(x => x.OrgUnit).Include(x => x.Inspections).Include(x => x.CompensationClaims)
            .Include(x => x.Removals).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null)
        {
            return null;
        }
        var facts = m.Inspections.Select(i => new MarketInspectionFact(i.InspectedOn, i.Result, i.RectifiedOn)).ToList();
        var (row, rating) = Row(m, facts, m.CompensationClaims.Select(c => c.Amount).ToList(), m.Removals.Count, await OptionsAsync(ct), Today);
        return new MarketDetail(row, m.Contact, m.Phone, m.Remark, rating.Criteria,
            m.Inspections.OrderByDescending(i => i.InspectedOn).ThenByDescending(i => i.Id).Select(i => new InspectionView(i.Id, i.InspectedOn,
                i.Result, MarketRating.Name(i.Result), i.Inspectors, i.Findings, i.RectifiedOn, i.RecordedByName, i.RecordedAt)).ToList(),
            m.CompensationClaims.OrderByDescending(c => c.PaidOn).ThenByDescending(c => c.Id).Select(c => new ClaimView(c.Id, c.PaidOn, c.Amount,
                c.Claimant, c.Description, c.RecordedByName, c.RecordedAt)).ToList(),
            m.Removals.OrderByDescending(r => r.RemovedOn).ThenByDescending(r => r.Id).Select(r => new RemovalView(r.Id, r.RemovedOn,
                r.StallHolder, r.StallNumber, r.Reason, r.RecordedByName, r.RecordedAt)).ToList());
    }

    public async Task<MarketSaveResult> CreateAsync(MarketInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (errors, kind, party, uscc, unitId) = await ValidateAsync(db, input, ct);
        if (errors.Any)
        {
            return new MarketSaveResult(null, errors);
        }
        if (await DuplicateAsync(db, input.Name!.Trim(), null, ct) is { } duplicate)
        {
            return duplicate;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var market = new Market { Name = input.Name.Trim(), CreatedAt = now, UpdatedAt = now };
        Apply(market, input, kind, party, uscc, unitId);
        db.Markets.Add(market);
        if (await SaveAsync(db, market.Name, null, ct) is { } raced)
        {
            return raced;
        }
        return new MarketSaveResult(await GetAsync(market.Id, ct), errors);
    }

    public async Task<MarketSaveResult> UpdateAsync(int id, MarketInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var market = await db.Markets.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (market is null)
        {
            return new MarketSaveResult(null, new FieldErrors(), NotFound: true);
        }
        var (errors, kind, party, uscc, unitId) = await ValidateAsync(db, input, ct);
        if (errors.Any)
        {
            return new MarketSaveResult(null, errors);
        }
        if (input.Version != market.Version)
        {
            return new MarketSaveResult(null, errors, StaleMessage);
        }
        if (await DuplicateAsync(db, input.Name!.Trim(), id, ct) is { } duplicate)
        {
            return duplicate;
        }
        db.Entry(market).Property(m => m.Version).OriginalValue = input.Version;
        market.Name = input.Name.Trim();
        market.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        Apply(market, input, kind, party, uscc, unitId);
        if (await SaveAsync(db, market.Name, id, ct) is { } raced)
        {
            return raced;
        }
        return new MarketSaveResult(await GetAsync(id, ct), errors);
    }

    private async Task<(FieldErrors Errors, MarketKind Kind, Party? Party, string? Uscc, int UnitId)> ValidateAsync(ZhibaoDb db, MarketInput input, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        var kind = MarketKinds.Parse(input.Kind);
        if (kind is null)
        {
            errors.Add(nameof(input.Kind), string.IsNullOrWhiteSpace(input.Kind)
                ? "请选择市场类型：商品交易市场、商圈、商场/商业综合体、电商平台或其他"
                : $"市场类型“{input.Kind.Trim()}”无效，可选：{string.Join("、", Enum.GetValues<MarketKind>().Select(k => $"{k}（{MarketKinds.Name(k)}）"))}");
        }
        Party? party = null;
        string? uscc = null;
        if (input.OperatorPartyId is { } partyId)
        {
            party = await db.Parties.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partyId, ct);
            if (party is null)
            {
                errors.Add(nameof(input.OperatorPartyId), $"当事人（编号{partyId}）不存在，请先在当事人名录中登记");
            }
        }
        else
        {
            if (string.IsNullOrWhiteSpace(input.OperatorName))
            {
                errors.Add(nameof(input.OperatorName), "请选择开办者（当事人名录）或填写开办者名称");
            }
            if (!string.IsNullOrWhiteSpace(input.OperatorUscc))
            {
                var check = UnifiedSocialCreditCode.Check(input.OperatorUscc);
                if (check.IsValid)
                {
                    uscc = check.Normalized;
                }
                else
                {
                    errors.Add(nameof(input.OperatorUscc), check.Error!);
                }
            }
        }
        if (input.CommitmentCount > input.StallCount)
        {
            errors.Add(nameof(input.CommitmentCount), $"签署准入承诺的经营户数（{input.CommitmentCount}）不能超过摊位数（{input.StallCount}）");
        }
        foreach (var (field, status) in new[]
        {
            (nameof(input.EntryCommitmentStatus), input.EntryCommitmentStatus),
            (nameof(input.AdvanceCompensationStatus), input.AdvanceCompensationStatus),
            (nameof(input.CounterfeitExitStatus), input.CounterfeitExitStatus),
        })
        {
            if (status is { } s && !Enum.IsDefined(s))
            {
                errors.Add(field, "制度状态应为未建立（NotEstablished）、已建立（Established）或运行良好（WellRun）");
            }
        }
        await LeadService.CheckAreaAsync(db, input.Area, errors, ct);
        var unitId = input.UnitId ?? user.OrgUnitId ?? 0;
        await LeadService.CheckUnitAsync(db, user, unitId, nameof(input.UnitId), "请选择本人数据权限范围内的监管单位", errors, ct);
        return (errors, kind ?? MarketKind.Other, party, uscc, unitId);
    }

    private static void Apply(Market market, MarketInput input, MarketKind kind, Party? party, string? uscc, int unitId)
    {
        market.Kind = kind;
        market.OperatorPartyId = party?.Id;
        market.OperatorName = party?.Name ?? LeadService.Blank(input.OperatorName);
        market.OperatorUscc = party is null ? uscc : party.UnifiedSocialCreditCode;
        market.Address = LeadService.Blank(input.Address);
        market.Area = LeadService.Blank(input.Area);
        market.StallCount = input.StallCount;
        market.Contact = LeadService.Blank(input.Contact);
        market.Phone = LeadService.Blank(input.Phone);
        market.OrgUnitId = unitId;
        market.EntryCommitmentStatus = input.EntryCommitmentStatus ?? MarketSystemStatus.NotEstablished;
        market.CommitmentCount = input.CommitmentCount;
        market.AdvanceCompensationStatus = input.AdvanceCompensationStatus ?? MarketSystemStatus.NotEstablished;
        market.CompensationFund = input.CompensationFund;
        market.CounterfeitExitStatus = input.CounterfeitExitStatus ?? MarketSystemStatus.NotEstablished;
        market.Remark = LeadService.Blank(input.Remark);
    }

    private static async Task<MarketSaveResult?> DuplicateAsync(ZhibaoDb db, string name, int? id, CancellationToken ct)
    {
        // Across units: a market's name is its natural key for the whole bureau.
        var existing = await db.Markets.IgnoreQueryFilters().AsNoTracking().Where(m => m.Name == name && m.Id != id)
            .Select(m => new { m.Id, Unit = m.OrgUnit!.Name }).FirstOrDefaultAsync(ct);
        return existing is null ? null
            : new MarketSaveResult(null, new FieldErrors(), $"市场“{name}”已登记（编号{existing.Id}，监管单位：{existing.Unit}），请勿重复登记", existing.Id);
    }

    private async Task<MarketSaveResult?> SaveAsync(ZhibaoDb db, string name, int? id, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return new MarketSaveResult(null, new FieldErrors(), StaleMessage);
        }
        catch (DbUpdateException)
        {
            await using var fresh = await factory.CreateDbContextAsync(ct);
            return await DuplicateAsync(fresh, name, id, ct) ?? throw new InvalidOperationException("保存市场失败");
        }
    }

    public Task<MarketSaveResult> AddInspectionAsync(int id, InspectionInput input, CancellationToken ct) => AddAsync(id, input, (market, errors) =>
    {
        CheckDay(input.InspectedOn, "inspectedOn", "检查日期", errors);
        if (input.Result is { } r && !Enum.IsDefined(r))
        {
            errors.Add(nameof(input.Result), "检查结果应为合格（Passed）、限期整改（Rectify）或不合格（Failed）");
        }
        if (input.RectifiedOn is { } rectified)
        {
            if (input.Result != InspectionResult.Rectify)
            {
                errors.Add(nameof(input.RectifiedOn), "只有限期整改的检查才填写整改完成日期");
            }
            else if (rectified < input.InspectedOn)
            {
                errors.Add(nameof(input.RectifiedOn), "整改完成日期不能早于检查日期");
            }
            CheckDay(rectified, "rectifiedOn", "整改完成日期", errors);
        }
        return errors.Any ? null : () =>
        {
            market.Inspections.Add(new MarketInspection
            {
                InspectedOn = input.InspectedOn!.Value, Result = input.Result!.Value, Inspectors = LeadService.Blank(input.Inspectors),
                Findings = LeadService.Blank(input.Findings), RectifiedOn = input.RectifiedOn, RecordedByName = Actor, RecordedAt = clock.GetUtcNow().UtcDateTime,
            });
        };
    }, ct);

    public Task<MarketSaveResult> AddClaimAsync(int id, CompensationClaimInput input, CancellationToken ct) => AddAsync(id, input, (market, errors) =>
    {
        CheckDay(input.PaidOn, "paidOn", "赔付日期", errors);
        if (market.AdvanceCompensationStatus == MarketSystemStatus.NotEstablished)
        {
            errors.Add(nameof(input.Amount), "该市场尚未建立先行赔偿制度，请先在基本信息中登记制度状态");
        }
        return errors.Any ? null : () =>
        {
            market.CompensationClaims.Add(new MarketCompensationClaim
            {
                PaidOn = input.PaidOn!.Value, Amount = input.Amount!.Value, Claimant = LeadService.Blank(input.Claimant),
                Description = LeadService.Blank(input.Description), RecordedByName = Actor, RecordedAt = clock.GetUtcNow().UtcDateTime,
            });
        };
    }, ct);

    public Task<MarketSaveResult> AddRemovalAsync(int id, RemovalInput input, CancellationToken ct) => AddAsync(id, input, (market, errors) =>
    {
        CheckDay(input.RemovedOn, "removedOn", "清退日期", errors);
        if (market.CounterfeitExitStatus == MarketSystemStatus.NotEstablished)
        {
            errors.Add(nameof(input.StallHolder), "该市场尚未建立假冒离场制度，请先在基本信息中登记制度状态");
        }
        return errors.Any ? null : () =>
        {
            market.Removals.Add(new MarketRemoval
            {
                RemovedOn = input.RemovedOn!.Value, StallHolder = input.StallHolder!.Trim(), StallNumber = LeadService.Blank(input.StallNumber),
                Reason = LeadService.Blank(input.Reason), RecordedByName = Actor, RecordedAt = clock.GetUtcNow().UtcDateTime,
            });
        };
    }, ct);

    /// <summary>
    /// Adds a record of one of the systems to a market: <paramref name="check"/> validates (after the annotations) and
    /// returns the change to apply, or null when there are errors. The market's version moves on, so an editor holding the
    /// old one gets 409.
    /// </summary>
    private async Task<MarketSaveResult> AddAsync(int id, object input, Func<Market, FieldErrors, Action?> check, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var market = await db.Markets.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (market is null)
        {
            return new MarketSaveResult(null, new FieldErrors(), NotFound: true);
        }
        var errors = Validation.Validate(input);
        var apply = check(market, errors);
        if (errors.Any || apply is null)
        {
            return new MarketSaveResult(null, errors);
        }
        apply();
        market.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        if (await SaveAsync(db, market.Name, id, ct) is { } conflict)
        {
            return conflict;
        }
        return new MarketSaveResult(await GetAsync(id, ct), errors);
    }

    private void CheckDay(DateOnly? day, string field, string name, FieldErrors errors)
    {
        if (day > Today)
        {
            errors.Add(field, $"{name}不能晚于今天");
        }
    }

    private string Actor => user.DisplayName ?? user.UserName ?? "系统";

    /// <summary>
    /// The plan indicator 规范化市场数 with its three systems, on <paramref name="on"/> (today by default): for the caller's
    /// bureau as a whole, or for <paramref name="unitId"/> and its sub-units (within the caller's scope). An aggregate, so
    /// counted past the unit filter like 具备知识产权执法资格人数.
    /// </summary>
    public async Task<StandardisedCount?> StandardisedCountAsync(int? unitId, DateOnly? on, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var unit = await OfficerRegistry.IndicatorUnitAsync(db, user, tree, unitId, ct);
        if (unit is null)
        {
            return null;
        }
        var day = on ?? Today;
        var rated = await RatedAsync(db, tree.UnitAndBelow(unit.Id), day, ct);
        return new StandardisedCount(rated.Count(m => m.Rating.IsStandardised), rated.Count, day, rated.Count(m => m.EntryCommitment),
            rated.Count(m => m.AdvanceCompensation), rated.Count(m => m.CounterfeitExit), unit.Id, unit.Name);
    }

    /// <summary>
    /// Every market supervised by <paramref name="units"/>, rated on <paramref name="day"/> from the inspections up to that day,
    /// with its three systems: what 规范化市场数 counts, for the API above and the plan's indicator alike. Reads past the
    /// unit filter (an aggregate); the caller chooses the units.
    /// </summary>
    public async Task<List<RatedMarket>> RatedAsync(ZhibaoDb db, IReadOnlyCollection<int> units, DateOnly day, CancellationToken ct)
    {
        var markets = await db.Markets.IgnoreQueryFilters().AsNoTracking().Where(m => units.Contains(m.OrgUnitId))
            .OrderBy(m => m.Name).ThenBy(m => m.Id).ToListAsync(ct);
        var ids = markets.Select(m => m.Id).ToList();
        var inspections = (await db.MarketInspections.AsNoTracking().Where(i => ids.Contains(i.MarketId) && i.InspectedOn <= day)
            .Select(i => new { i.MarketId, i.InspectedOn, i.Result, i.RectifiedOn }).ToListAsync(ct))
            .ToLookup(i => i.MarketId, i => new MarketInspectionFact(i.InspectedOn, i.Result, i.RectifiedOn is { } r && r <= day ? r : null));
        var options = await OptionsAsync(ct);
        static bool Established(MarketSystemStatus s) => s != MarketSystemStatus.NotEstablished;
        return markets.Select(m => new RatedMarket(m.Id, m.Name, MarketRating.Rate(Facts(m, [.. inspections[m.Id]]), options, day),
            Established(m.EntryCommitmentStatus), Established(m.AdvanceCompensationStatus), Established(m.CounterfeitExitStatus))).ToList();
    }

    public static readonly ExcelColumn<MarketRow>[] Columns =
    [
        new("市场名称", r => r.Name), new("类型", r => r.KindName), new("开办者", r => r.OperatorName), new("统一社会信用代码", r => r.OperatorUscc),
        new("地址", r => r.Address), new("街镇", r => r.Area), new("摊位数", r => r.StallCount), new("监管单位", r => r.OrgUnitName),
        new("准入承诺", r => r.EntryCommitmentStatusName), new("签署承诺户数", r => r.CommitmentCount),
        new("签署率", r => r.CommitmentRatio is { } ratio ? (ratio * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%" : null),
        new("先行赔偿", r => r.AdvanceCompensationStatusName), new("先行赔偿金（元）", r => r.CompensationFund),
        new("已赔付笔数", r => r.ClaimCount), new("已赔付金额（元）", r => r.ClaimsPaid),
        new("假冒离场", r => r.CounterfeitExitStatusName), new("清退经营户数", r => r.RemovalCount),
        new("最近检查", r => r.LastInspectedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        new("最近检查结果", r => r.LastInspectionResultName), new("评定", r => r.RatingName),
    ];
}
