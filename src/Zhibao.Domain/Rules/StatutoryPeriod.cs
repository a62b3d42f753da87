using Zhibao.Domain.Deadlines;

namespace Zhibao.Domain.Rules;

/// <summary>
/// One statutory period: what it limits, from which event, how long, and its legal basis; one version of it, in force
/// from <see cref="EffectiveFrom"/> to <see cref="EffectiveTo"/> (both inclusive; null = still in force). Deadlines are
/// computed from these entries (<see cref="StatutoryClock"/>), never typed in by hand. Source: shared/domain/legal-rules.md §0.
/// </summary>
/// <param name="Code">Stable id grouped by procedure, e.g. "penalty.filing-review"; the same for every version.</param>
/// <param name="Name">立案审查期限</param>
/// <param name="StartEvent">The event the clock starts from (发现线索或者收到材料之日); for a <see cref="BeforeEvent"/>
/// period, the event it counts back from (举行听证之日).</param>
/// <param name="Period">The base period, before any approved extension.</param>
/// <param name="Basis">The article(s), with the rule's title: 《市场监督管理行政处罚程序规定》第十八条.</param>
/// <param name="EffectiveFrom">First day this version is in force.</param>
/// <param name="EffectiveTo">Last day this version is in force; null while it still is.</param>
/// <param name="Extensions">The extensions the rule allows, in the order they must be approved.</param>
/// <param name="ExcludedIntervals">Kinds of time the rule leaves out of the period (检测, 鉴定, 中止 …).</param>
/// <param name="Verified">False where legal-rules.md does not verify the fact or its article number: the module should
/// offer the period as a setting default rather than a fixed constant.</param>
public sealed record StatutoryPeriod(
    string Code,
    string Name,
    string StartEvent,
    Period Period,
    string Basis,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    IReadOnlyList<StatutoryExtension> Extensions,
    IReadOnlyList<string> ExcludedIntervals,
    bool Verified)
{
    /// <summary>
    /// True when the act is due the period <em>before</em> <see cref="StartEvent"/> (听证通知 at least 7 working days
    /// before the hearing): the clock counts back from the event instead of forward.
    /// </summary>
    public bool BeforeEvent { get; init; }

    /// <summary>Whether this version governs acts, requests or filings made on <paramref name="on"/>.</summary>
    public bool IsInForce(DateOnly on) => on >= EffectiveFrom && (EffectiveTo is null || on <= EffectiveTo.Value);

    /// <summary>"立案审查期限：发现线索或者收到材料之日起15个工作日（《市场监督管理行政处罚程序规定》第十八条）"</summary>
    public string Describe() => BeforeEvent
        ? $"{Name}：{StartEvent}前至少{Period.Describe()}（{Basis}）"
        : $"{Name}：{StartEvent}起{Period.Describe()}（{Basis}）";
}

/// <summary>One extension a rule allows: how long, who must approve it, and where the rule says so.</summary>
/// <param name="Period">The extra time, e.g. 15个工作日 or 1个月.</param>
/// <param name="ApprovedBy">本机关负责人批准, 上一级管理专利工作的部门批准 …</param>
/// <param name="Basis">The article that allows it.</param>
public sealed record StatutoryExtension(Period Period, string ApprovedBy, string Basis)
{
    /// <summary>"经本机关负责人批准延长15个工作日"</summary>
    public string Describe() => $"经{ApprovedBy}延长{Period.Describe()}";
}
