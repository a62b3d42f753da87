using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Domain.Identifiers;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Cases;

/// <summary>Registering mediation requests (调解申请), standalone or from inside a case.</summary>
public sealed class MediationService(IDbContextFactory<ZhibaoDb> factory, CaseService cases, CurrentUser user, TimeProvider clock)
{
    public async Task<(CaseDetail? Case, FieldErrors Errors)> CreateAsync(MediationInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var (m, errors) = await PrepareAsync(db, input, ct);
        if (m is null)
        {
            return (null, errors);
        }
        await db.SaveChangesAsync(ct);
        return (await cases.GetAsync(m.Id, ct), errors);
    }

    /// <summary>
    /// Checks a mediation request and adds the new case to <paramref name="db"/> without saving, so a caller can save it with
    /// its own change (a complaint turned into a mediation keeps the link in the same transaction).
    /// </summary>
    internal async Task<(MediationCase? Case, FieldErrors Errors)> PrepareAsync(ZhibaoDb db, MediationInput input, CancellationToken ct)
    {
        var errors = Validation.Validate(input);
        var today = Clock.Today(clock);
        if (input.DisputeType is { } dispute && !MediationRules.DisputeTypes.Contains(dispute.Trim()))
        {
            errors.Add(nameof(input.DisputeType), $"纠纷类型须为：{string.Join("、", MediationRules.DisputeTypes)}");
        }
        if (input.RequestReceivedOn > today)
        {
            errors.Add(nameof(input.RequestReceivedOn), "收到调解申请的日期不能晚于今天");
        }
        PatentNumberInfo? patent = null;
        if (!string.IsNullOrWhiteSpace(input.PatentNumber) && !PatentNumber.TryParse(input.PatentNumber, out patent, out var patentError))
        {
            errors.Add(nameof(input.PatentNumber), patentError ?? "专利号无效");
        }
        var unitId = input.UnitId ?? user.OrgUnitId ?? 0;
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null || unit.Kind == OrgUnitKind.External || !(user.SeesAllUnits || user.VisibleUnitIds.Contains(unitId)))
        {
            errors.Add(nameof(input.UnitId), "请选择本人数据权限范围内的办案单位");
        }
        if (input.MediatorOrgUnitId is { } mediator && !await db.OrgUnits.AnyAsync(u => u.Id == mediator && u.Kind == OrgUnitKind.External, ct))
        {
            errors.Add(nameof(input.MediatorOrgUnitId), "调解组织须从外部单位（人民调解委员会、行业调解组织等）中选择");
        }
        var type = input.MediationType ?? MediationType.Administrative;
        if (type != MediationType.Administrative && input.MediatorOrgUnitId is null && string.IsNullOrWhiteSpace(input.MediatorName))
        {
            errors.Add(nameof(input.MediatorOrgUnitId), $"{MediationRules.Name(type)}请选择调解组织或填写调解员");
        }
        var parent = input.ParentCaseId is { } parentId
            ? await db.Cases.AsNoTracking().Include(c => c.Parties).FirstOrDefaultAsync(c => c.Id == parentId, ct) : null;
        if (input.ParentCaseId is not null && parent is null)
        {
            errors.Add(nameof(input.ParentCaseId), "关联案件不存在或不在您的数据权限范围内");
        }
        // 调解结案 of an adjudication (令第81号第三十条): the agreement already exists; this record tracks its judicial
        // confirmation or notarisation, with the case's parties and patent unless others are given.
        var agreedInCase = parent is AdjudicationCase { Closure: AdjudicationClosure.Mediation } ? (AdjudicationCase)parent : null;
        if (agreedInCase is not null && await db.MediationCases.AnyAsync(m => m.ParentCaseId == agreedInCase.Id && m.AgreementSignedOn == agreedInCase.ClosedOn, ct))
        {
            errors.Add(nameof(input.ParentCaseId), "本案调解协议已登记，请在已登记的调解记录中办理司法确认");
        }
        var partyInputs = input.Parties is { Count: > 0 } || agreedInCase is null
            ? input.Parties ?? []
            : agreedInCase.Parties.Select(p => new CasePartyInput(p.PartyId, p.Role)).ToList();
        if (agreedInCase is not null && patent is null && string.IsNullOrWhiteSpace(input.PatentNumber)
            && PatentNumber.TryParse(agreedInCase.PatentNumber, out var casePatent, out _))
        {
            patent = casePatent;
        }
        var parties = await CaseService.CheckPartiesAsync(db, partyInputs, errors, ct);
        var officers = await CaseService.CheckOfficersAsync(db, input.OfficerIds ?? [], input.RequestReceivedOn ?? today, errors, nameof(input.OfficerIds), ct);
        if (errors.Any)
        {
            return (null, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var m = new MediationCase
        {
            Title = input.Title!.Trim(), Subject = MediationRules.Subject, Source = input.ParentCaseId is null ? MediationRules.Source : "案件中调解",
            Summary = CaseService.Blank(input.Summary), OrgUnitId = unitId, Status = nameof(MediationStatus.Requested),
            ReceivedOn = input.RequestReceivedOn!.Value, MediationType = type, DisputeType = input.DisputeType!.Trim(),
            MediatorOrgUnitId = input.MediatorOrgUnitId, MediatorName = CaseService.Blank(input.MediatorName), ParentCaseId = input.ParentCaseId,
            PatentNumber = patent?.Normalized, PatentKind = patent?.Kind,
            CreatedAt = now, CreatedById = user.UserId ?? 0, UpdatedAt = now, Parties = parties,
            Rights = patent is null ? [] : [new CaseRight { Kind = RightKind.Patent, Number = patent.Normalized, Name = patent.Normalized }],
            Officers = officers.Select((o, i) => new CaseOfficer { OfficerId = o.Id, IsLead = i == 0 }).ToList(),
        };
        if (agreedInCase is not null)
        {
            m.Status = nameof(MediationStatus.Agreed);
            m.FiledOn = agreedInCase.FiledOn;
            m.AgreementSignedOn = m.AgreementEffectiveOn = agreedInCase.ClosedOn;
            m.AgreementContent = agreedInCase.ClosureContent;
        }
        m.Events.Add(agreedInCase is null
            ? cases.Event("register", "收到调解申请", $"{MediationRules.Name(type)}；{m.DisputeType}"
                + (MediationRules.ConfirmsOwnership(m.DisputeType) ? "；" + MediationRules.OwnershipWarning : ""))
            : cases.Event("register", "登记案件中达成的调解协议", $"{agreedInCase.CaseNumber ?? agreedInCase.Title}调解结案（{agreedInCase.ClosedOn:yyyy-MM-dd}）"));
        await cases.RefreshNextDueAsync(m, ct);
        db.MediationCases.Add(m);
        return (m, errors);
    }
}
