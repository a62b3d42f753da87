using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Cases;

/// <summary>The answer to an action: the updated case, field errors (400), a refusal (409) or not found (404).</summary>
public sealed record ActionResult(CaseDetail? Case, FieldErrors Errors, string? Refusal = null, bool NotFound = false, bool Forbidden = false)
{
    public IResult ToHttp() => this switch
    {
        { NotFound: true } => Results.Problem(statusCode: 404, title: "未找到", detail: Refusal ?? "案件不存在或不在您的数据权限范围内"),
        { Forbidden: true } => Results.Problem(statusCode: 403, title: "无权操作", detail: Refusal),
        { Refusal: { } refusal } => Results.Problem(statusCode: 409, title: "当前状态不允许该操作", detail: refusal),
        { Errors.Any: true } => Errors.ToProblem(),
        _ => Results.Ok(Case),
    };
}

/// <summary>
/// Runs workflow actions on cases of every kind. The kind (<see cref="ICaseKind"/>) says whether the action is allowed,
/// checks its fields and applies it. An action that needs an approval (审批) takes effect
/// at once when its author holds the approving permission (the approval is recorded as theirs); otherwise it waits as a
/// pending approval routed to that permission, and approving it carries out the stored action.
/// </summary>
public sealed class CaseActions(IDbContextFactory<ZhibaoDb> factory, CaseService cases, CaseKinds kinds, CurrentUser user, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string PermissionFor(ApprovalKind kind) =>
        kind == ApprovalKind.LegalReview ? Permissions.CaseLegalReview : Permissions.CaseApprove;

    public async Task<ActionResult> RunAsync(int id, string actionName, CaseActionInput input, CancellationToken ct)
    {
        var action = actionName;
        // A case number is taken from a shared counter: when two filings race, the loser retries with the next number.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(id, action, input, null, ct);
            }
            catch (DbUpdateException ex) when (attempt < 3 && ex.Entries.Any(e => e.Entity is CaseNumberCounter))
            {
            }
        }
    }

    private async Task<ActionResult> RunOnceAsync(
        int id, string action, CaseActionInput input, (int Id, int Version, string Comment)? approvingRef, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var c = await CaseService.LoadAsync(db, id, tracking: true, ct);
        if (c is null)
        {
            return new ActionResult(null, new FieldErrors(), NotFound: true);
        }
        var kindOf = kinds.For(c);
        if (kindOf.ActionName(action) is null)
        {
            return new ActionResult(null, new FieldErrors(), $"{CaseKinds.Name(c.Kind)}案件不支持操作“{action}”", NotFound: true);
        }
        CaseApproval? approving = null;
        if (approvingRef is { } r)
        {
            approving = c.Approvals.Single(a => a.Id == r.Id);
            // The version the approver saw: a second approver racing on the same item gets 409, not a double action.
            db.Entry(approving).Property(a => a.Version).OriginalValue = r.Version;
            approving.Status = ApprovalStatus.Approved;
            approving.DecidedById = user.UserId;
            approving.DecidedByName = user.DisplayName ?? user.UserName;
            approving.DecidedAt = clock.GetUtcNow().UtcDateTime;
            approving.DecisionComment = r.Comment;
        }
        if (input.Version is { } seen && seen != c.Version && approving is null)
        {
            return new ActionResult(null, new FieldErrors(), "该案件已被他人修改，请刷新后重试");
        }
        var transition = kindOf.Transition(c, action, input);
        if (transition.Refusal is { } refusal)
        {
            return new ActionResult(null, new FieldErrors(), refusal);
        }
        var kind = kindOf.ApprovalFor(action);
        var approval = approving ?? c.Approvals.FirstOrDefault(a => a.Status == ApprovalStatus.Pending && a.Kind == kind);
        if (approving is null && approval is not null)
        {
            return new ActionResult(null, new FieldErrors(), $"已有待审批的{kindOf.ApprovalName(kind!.Value)}，请等待审批结果");
        }

        var today = Clock.Today(clock);
        var prepared = await kindOf.PrepareAsync(db, c, action, input, today, ct);
        if (prepared.Errors.Any)
        {
            return new ActionResult(null, prepared.Errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = user.DisplayName ?? user.UserName ?? "系统";
        if (kind is { } k && approving is null && !user.HasPermission(PermissionFor(k)))
        {
            c.Approvals.Add(new CaseApproval
            {
                OrgUnitId = c.OrgUnitId, Kind = k, Action = action, Payload = JsonSerializer.Serialize(input, Json),
                RequiredPermission = PermissionFor(k), Status = ApprovalStatus.Pending, RequestedById = user.UserId ?? 0,
                RequestedByName = actor, RequestedAt = now, RequestComment = input.Comment,
            });
            kindOf.OnApprovalRequested(c, k, today);
            c.Events.Add(cases.Event(action, $"提交{kindOf.ApprovalName(k)}：{prepared.Title}", input.Comment));
        }
        else
        {
            prepared.Apply();
            c.Status = transition.Status;
            if (kind is { } done && approving is null)
            {
                c.Approvals.Add(new CaseApproval
                {
                    OrgUnitId = c.OrgUnitId, Kind = done, Action = action, Payload = JsonSerializer.Serialize(input, Json),
                    RequiredPermission = PermissionFor(done), Status = ApprovalStatus.Approved, RequestedById = user.UserId ?? 0,
                    RequestedByName = actor, RequestedAt = now, DecidedById = user.UserId, DecidedByName = actor, DecidedAt = now,
                    DecisionComment = input.Comment ?? "同意",
                });
            }
            c.Events.Add(cases.Event(action, prepared.Title, Join(prepared.Note, input.Comment), prepared.Changes));
        }
        CaseService.Touch(db, c, now);
        await cases.RefreshNextDueAsync(c, ct);
        await db.SaveChangesAsync(ct);
        return new ActionResult(await cases.ToDetailAsync(c, ct), prepared.Errors);
    }

    /// <summary>审批通过: carries out the stored action as of today; refused (409) if the case has moved on since.</summary>
    public async Task<ActionResult> ApproveAsync(int caseId, int approvalId, ApprovalDecisionInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var approval = await db.CaseApprovals.FirstOrDefaultAsync(a => a.Id == approvalId && a.CaseId == caseId, ct);
        if (approval is null)
        {
            return new ActionResult(null, new FieldErrors(), "审批事项不存在", NotFound: true);
        }
        if (Check(approval, input) is { } refused)
        {
            return refused;
        }
        var payload = JsonSerializer.Deserialize<CaseActionInput>(approval.Payload, Json) ?? new CaseActionInput();
        var action = approval.Action;
        var comment = string.IsNullOrWhiteSpace(input.Comment) ? "同意" : input.Comment.Trim();
        // The approval row and the action's effects are saved in one transaction by the action's context.
        return await RunOnceAsync(caseId, action, payload with { Comment = $"审批意见：{comment}", Version = null },
            (approval.Id, input.Version ?? approval.Version, comment), ct);
    }

    /// <summary>审批退回: nothing of the action happens; the author sees the comment in the history.</summary>
    public async Task<ActionResult> ReturnAsync(int caseId, int approvalId, ApprovalDecisionInput input, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var approval = await db.CaseApprovals.FirstOrDefaultAsync(a => a.Id == approvalId && a.CaseId == caseId, ct);
        if (approval is null)
        {
            return new ActionResult(null, new FieldErrors(), "审批事项不存在", NotFound: true);
        }
        if (Check(approval, input) is { } refused)
        {
            return refused;
        }
        if (string.IsNullOrWhiteSpace(input.Comment))
        {
            return new ActionResult(null, new FieldErrors().Add("comment", "退回时请填写退回意见"));
        }
        var c = (await CaseService.LoadAsync(db, caseId, tracking: true, ct))!;
        approval = c.Approvals.Single(a => a.Id == approvalId);
        db.Entry(approval).Property(a => a.Version).OriginalValue = input.Version ?? approval.Version;
        approval.Status = ApprovalStatus.Returned;
        approval.DecidedById = user.UserId;
        approval.DecidedByName = user.DisplayName ?? user.UserName;
        approval.DecidedAt = clock.GetUtcNow().UtcDateTime;
        approval.DecisionComment = input.Comment.Trim();
        kinds.For(c).OnApprovalReturned(c, approval.Kind);
        CaseService.Touch(db, c, clock.GetUtcNow().UtcDateTime);
        c.Events.Add(cases.Event(approval.Action, $"{kinds.For(c).ApprovalName(approval.Kind)}退回", approval.DecisionComment));
        await cases.RefreshNextDueAsync(c, ct);
        await db.SaveChangesAsync(ct);
        return new ActionResult(await cases.GetAsync(caseId, ct), new FieldErrors());
    }

    private ActionResult? Check(CaseApproval approval, ApprovalDecisionInput input)
    {
        if (!user.HasPermission(approval.RequiredPermission))
        {
            return new ActionResult(null, new FieldErrors(), $"您没有{PenaltyWorkflow.Name(approval.Kind)}权限", Forbidden: true);
        }
        if (approval.Status != ApprovalStatus.Pending)
        {
            return new ActionResult(null, new FieldErrors(), $"该审批已{(approval.Status == ApprovalStatus.Approved ? "通过" : "退回")}，不能重复处理");
        }
        if (input.Version is { } v && v != approval.Version)
        {
            return new ActionResult(null, new FieldErrors(), "该审批已被他人处理，请刷新后重试");
        }
        return null;
    }

    private static string? Join(string? a, string? b) =>
        string.IsNullOrWhiteSpace(a) ? b : string.IsNullOrWhiteSpace(b) ? a : $"{a}；{b}";
}
