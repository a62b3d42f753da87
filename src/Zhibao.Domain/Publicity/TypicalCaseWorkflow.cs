namespace Zhibao.Domain.Publicity;

public enum TypicalCaseStatus
{
    /// <summary>草稿: generated from a closed case, edited by its author.</summary>
    Draft,
    /// <summary>待审核: submitted to the 知识产权科 head or a 局领导.</summary>
    Submitted,
    /// <summary>已退回: returned with a comment; edited and submitted again.</summary>
    Returned,
    /// <summary>已审核: approved for publication, the text is fixed.</summary>
    Approved,
    /// <summary>已发布: published in at least one channel (报刊, 电视, 新媒体, 网站).</summary>
    Published,
}

public enum TypicalCaseAction
{
    Submit,
    Approve,
    Return,
    Publish,
    /// <summary>推荐典型案例/指导案例 to the city bureau, and later its result (seed 三(二)).</summary>
    Recommend,
}

/// <summary>What the city bureau was asked to take: a 典型案例 or a 指导案例 (seed 三(二)).</summary>
public enum RecommendationKind
{
    TypicalCase,
    GuidingCase,
}

public enum RecommendationResult
{
    /// <summary>待反馈.</summary>
    Pending,
    /// <summary>采纳.</summary>
    Adopted,
    /// <summary>未采纳.</summary>
    NotAdopted,
}

/// <summary>
/// The typical case workflow as one table: draft → submitted → approved (or returned with a comment, then submitted
/// again) → published; a published case may be published again in another channel; an approved or published case may be
/// recommended to the city bureau. The text can change only in 草稿 and 已退回.
/// </summary>
public static class TypicalCaseWorkflow
{
    /// <summary>The next status, or null when the action is not allowed in <paramref name="status"/>.</summary>
    public static TypicalCaseStatus? Apply(TypicalCaseStatus status, TypicalCaseAction action) => (status, action) switch
    {
        (TypicalCaseStatus.Draft or TypicalCaseStatus.Returned, TypicalCaseAction.Submit) => TypicalCaseStatus.Submitted,
        (TypicalCaseStatus.Submitted, TypicalCaseAction.Approve) => TypicalCaseStatus.Approved,
        (TypicalCaseStatus.Submitted, TypicalCaseAction.Return) => TypicalCaseStatus.Returned,
        (TypicalCaseStatus.Approved or TypicalCaseStatus.Published, TypicalCaseAction.Publish) => TypicalCaseStatus.Published,
        (TypicalCaseStatus.Approved or TypicalCaseStatus.Published, TypicalCaseAction.Recommend) => status,
        _ => null,
    };

    public static bool IsEditable(TypicalCaseStatus status) => status is TypicalCaseStatus.Draft or TypicalCaseStatus.Returned;

    public static IReadOnlyList<TypicalCaseAction> Allowed(TypicalCaseStatus status) =>
        Enum.GetValues<TypicalCaseAction>().Where(a => Apply(status, a) is not null).ToList();

    public static string Name(TypicalCaseStatus status) => status switch
    {
        TypicalCaseStatus.Draft => "草稿",
        TypicalCaseStatus.Submitted => "待审核",
        TypicalCaseStatus.Returned => "已退回",
        TypicalCaseStatus.Approved => "已审核",
        TypicalCaseStatus.Published => "已发布",
        _ => status.ToString(),
    };

    public static string Name(TypicalCaseAction action) => action switch
    {
        TypicalCaseAction.Submit => "提交审核",
        TypicalCaseAction.Approve => "审核通过",
        TypicalCaseAction.Return => "退回修改",
        TypicalCaseAction.Publish => "登记发布",
        TypicalCaseAction.Recommend => "推荐市局",
        _ => action.ToString(),
    };

    public static string Name(RecommendationKind kind) => kind == RecommendationKind.GuidingCase ? "指导案例" : "典型案例";

    public static string Name(RecommendationResult result) => result switch
    {
        RecommendationResult.Adopted => "采纳",
        RecommendationResult.NotAdopted => "未采纳",
        _ => "待反馈",
    };

    /// <summary>The API's kebab-case name (submit, approve, return, publish, recommend).</summary>
    public static string ApiName(TypicalCaseAction action) => action.ToString().ToLowerInvariant();

    public static TypicalCaseAction? ParseAction(string? text) =>
        Enum.GetValues<TypicalCaseAction>().Cast<TypicalCaseAction?>().FirstOrDefault(a => string.Equals(ApiName(a!.Value), text?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Why <paramref name="action"/> is refused in <paramref name="status"/>, in Chinese, naming what is allowed.</summary>
    public static string Refusal(TypicalCaseStatus status, TypicalCaseAction action)
    {
        var allowed = Allowed(status);
        return $"典型案例当前状态为“{Name(status)}”，不能{Name(action)}"
            + (allowed.Count == 0 ? "" : $"；可以：{string.Join("、", allowed.Select(Name))}");
    }
}
