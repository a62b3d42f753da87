namespace Zhibao.Domain.Cases;

/// <summary>Where a criminal referral (涉嫌犯罪案件移送, 国务院令第310号) stands. Stored by name.</summary>
public enum ReferralStatus
{
    /// <summary>已报请: the referral report is with the principal head (art.5).</summary>
    Drafted,
    /// <summary>已批准移送: to be handed to the police within 24 hours (art.5).</summary>
    Approved,
    /// <summary>不批准移送: reasons recorded (art.5); the bureau handles the case itself.</summary>
    Refused,
    /// <summary>已移送公安.</summary>
    Transferred,
    /// <summary>公安已接收: the police signed the receipt (art.7); their 3-day review runs (art.8).</summary>
    Received,
    /// <summary>公安已立案: goods and files are due within 3 days (art.12).</summary>
    PoliceFiled,
    /// <summary>公安不予立案: reconsideration or procuratorate supervision may be sought within 3 days (art.9).</summary>
    PoliceDeclined,
    /// <summary>已申请复议: the police decide within 3 days (art.9).</summary>
    ReconsiderationRequested,
    /// <summary>复议维持不予立案: procuratorate supervision may be sought within 3 days (art.9).</summary>
    ReconsiderationDeclined,
    /// <summary>已提请检察监督 (art.9).</summary>
    SupervisionRequested,
    /// <summary>涉案物品已移交 (art.12).</summary>
    GoodsHandedOver,
    /// <summary>公安退回: only administrative liability is due (art.13); the bureau handles the case.</summary>
    Returned,
    /// <summary>移送终结: the bureau ended the referral after a 不予立案 it does not contest further, or after supervision
    /// did not lead to a filing; it handles the case itself (art.10).</summary>
    Concluded,
}

/// <summary>What the officer records on a referral.</summary>
public enum ReferralAction
{
    Approve,
    Refuse,
    Transfer,
    Receive,
    PoliceFile,
    PoliceDecline,
    RequestReconsideration,
    /// <summary>The police file the case after reconsideration.</summary>
    ReconsiderationFile,
    ReconsiderationDecline,
    RequestSupervision,
    /// <summary>The police file the case under the procuratorate's supervision.</summary>
    SupervisionFile,
    HandOverGoods,
    /// <summary>The police send back a case that needs only administrative punishment (art.13).</summary>
    Return,
    /// <summary>End the referral without a police filing (see <see cref="ReferralStatus.Concluded"/>).</summary>
    Conclude,
}

/// <summary>An allowed action's new status, or why it is refused (in Chinese, naming the status and what is allowed).</summary>
public sealed record ReferralTransition(bool Allowed, ReferralStatus Status, string? Error)
{
    public static ReferralTransition To(ReferralStatus status) => new(true, status, null);
}

/// <summary>
/// The referral steps of 国务院令第310号 arts.5–13 (legal-rules.md §4.1, VERIFIED) as one pure function, (status, action) →
/// new status or refusal. The referral service applies the result and records each step's date; the clocks come from
/// <see cref="ClockStarted"/>.
/// </summary>
/// <remarks>
/// <para>Art.9 lets the bureau ask either for reconsideration or directly for procuratorate supervision after a 不予立案;
/// after a reconsideration that keeps the refusal, only supervision is left.</para>
/// <para>A receipt (art.7) is required before the police decision: the police decide after receiving, and the receipt
/// date starts their 3-day review.</para>
/// <para><see cref="ReferralStatus.Concluded"/> (reached by <see cref="ReferralAction.Conclude"/>) exists because otherwise a
/// 不予立案 the bureau does not contest, or a supervision request that led to no filing, would stay pending for ever and
/// block the penalty that art.10 requires.</para>
/// </remarks>
public static class ReferralWorkflow
{
    public const ReferralStatus Initial = ReferralStatus.Drafted;

    private static readonly Dictionary<(ReferralStatus, ReferralAction), ReferralStatus> Transitions = new()
    {
        [(ReferralStatus.Drafted, ReferralAction.Approve)] = ReferralStatus.Approved,
        [(ReferralStatus.Drafted, ReferralAction.Refuse)] = ReferralStatus.Refused,
        [(ReferralStatus.Approved, ReferralAction.Transfer)] = ReferralStatus.Transferred,
        [(ReferralStatus.Transferred, ReferralAction.Receive)] = ReferralStatus.Received,
        [(ReferralStatus.Received, ReferralAction.PoliceFile)] = ReferralStatus.PoliceFiled,
        [(ReferralStatus.Received, ReferralAction.PoliceDecline)] = ReferralStatus.PoliceDeclined,
        [(ReferralStatus.PoliceDeclined, ReferralAction.RequestReconsideration)] = ReferralStatus.ReconsiderationRequested,
        [(ReferralStatus.PoliceDeclined, ReferralAction.RequestSupervision)] = ReferralStatus.SupervisionRequested,
        [(ReferralStatus.PoliceDeclined, ReferralAction.Conclude)] = ReferralStatus.Concluded,
        [(ReferralStatus.ReconsiderationRequested, ReferralAction.ReconsiderationFile)] = ReferralStatus.PoliceFiled,
        [(ReferralStatus.ReconsiderationRequested, ReferralAction.ReconsiderationDecline)] = ReferralStatus.ReconsiderationDeclined,
        [(ReferralStatus.ReconsiderationDeclined, ReferralAction.RequestSupervision)] = ReferralStatus.SupervisionRequested,
        [(ReferralStatus.SupervisionRequested, ReferralAction.SupervisionFile)] = ReferralStatus.PoliceFiled,
        [(ReferralStatus.SupervisionRequested, ReferralAction.Conclude)] = ReferralStatus.Concluded,
        [(ReferralStatus.PoliceFiled, ReferralAction.HandOverGoods)] = ReferralStatus.GoodsHandedOver,
        [(ReferralStatus.PoliceFiled, ReferralAction.Return)] = ReferralStatus.Returned,
        [(ReferralStatus.GoodsHandedOver, ReferralAction.Return)] = ReferralStatus.Returned,
    };

    /// <summary>Every allowed (status, action, new status), for tests and documentation.</summary>
    public static IEnumerable<(ReferralStatus From, ReferralAction Action, ReferralStatus To)> AllTransitions =>
        Transitions.Select(t => (t.Key.Item1, t.Key.Item2, t.Value));

    public static ReferralTransition Apply(ReferralStatus status, ReferralAction action)
    {
        if (Transitions.TryGetValue((status, action), out var next))
        {
            return ReferralTransition.To(next);
        }
        var allowed = AllowedActions(status);
        var hint = allowed.Count == 0 ? "该状态下没有可执行的操作" : "当前可执行：" + string.Join("、", allowed.Select(ReferralText.Name));
        return new(false, status, $"移送当前状态为“{ReferralText.Name(status)}”，不能{ReferralText.Name(action)}。{hint}");
    }

    /// <summary>The actions allowed in <paramref name="status"/>, in the enum's (workflow) order.</summary>
    public static IReadOnlyList<ReferralAction> AllowedActions(ReferralStatus status) =>
        Enum.GetValues<ReferralAction>().Where(a => Transitions.ContainsKey((status, a))).ToList();

    /// <summary>
    /// Whether the referral is still under way: a step of the bureau, the police or the procuratorate is awaited. Not
    /// pending: <see cref="ReferralStatus.Refused"/>, <see cref="ReferralStatus.ReconsiderationDeclined"/> (unless
    /// supervision is then requested, which makes it pending again), <see cref="ReferralStatus.Returned"/>,
    /// <see cref="ReferralStatus.GoodsHandedOver"/> (the bureau's part is done) and <see cref="ReferralStatus.Concluded"/>.
    /// <see cref="ReferralStatus.PoliceFiled"/> is pending: the goods are still due and the case is with the police.
    /// <see cref="ReferralStatus.PoliceDeclined"/> is pending: the bureau must still decide, within 3 days, whether to contest.
    /// </summary>
    public static bool IsPending(ReferralStatus status) => status is not (ReferralStatus.Refused
        or ReferralStatus.ReconsiderationDeclined or ReferralStatus.Returned or ReferralStatus.GoodsHandedOver
        or ReferralStatus.Concluded);

    /// <summary>
    /// Whether the referral forbids closing the case with a penalty or a 不予处罚 (art.11: a penalty must not replace a
    /// transfer): while it is pending, and also after the goods were handed over, because the police have filed the case
    /// and hold it until they return it (art.13). The case can then be closed only as transferred (移送司法机关).
    /// </summary>
    public static bool BarsPenalty(ReferralStatus status) => IsPending(status) || status == ReferralStatus.GoodsHandedOver;

    /// <summary>
    /// The statutory clock (a code of the catalogue, src/Zhibao.Domain/Rules/ReferralAndCourtPeriods.cs) that entering
    /// <paramref name="status"/> starts, or null. The police review runs from the day the police accept the case: the
    /// transfer starts it, and a receipt recorded later restarts it from the receipt date.
    /// </summary>
    public static string? ClockStarted(ReferralStatus status) => status switch
    {
        ReferralStatus.Drafted => "referral.approval",
        ReferralStatus.Approved => "referral.police-handover",
        ReferralStatus.Transferred or ReferralStatus.Received => "referral.police-review",
        ReferralStatus.PoliceDeclined => "referral.reconsideration-request",
        ReferralStatus.ReconsiderationRequested => "referral.reconsideration-decision",
        ReferralStatus.ReconsiderationDeclined => "referral.procuratorate-supervision",
        ReferralStatus.PoliceFiled => "referral.goods-handover",
        _ => null,
    };
}
