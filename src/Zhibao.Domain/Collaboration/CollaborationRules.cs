using System.Globalization;

namespace Zhibao.Domain.Collaboration;

/// <summary>联合执法与专项行动的类别 (seed tasks 1, 6, 7: 联合执法, 驰名商标线上线下保护, 地理标志专项整治, “双打”).</summary>
public enum OperationKind
{
    /// <summary>联合执法 with 公安, 检察院, 法院, 文化执法 or other bureaus.</summary>
    JointEnforcement,
    /// <summary>地理标志专项整治 (seed task 7).</summary>
    GeographicalIndicationCampaign,
    /// <summary>驰名商标线上线下保护专项行动 (seed task 6).</summary>
    WellKnownMarkCampaign,
    /// <summary>“双打”行动 (打击侵犯知识产权和制售假冒伪劣商品).</summary>
    DoubleStrike,
    /// <summary>其他专项行动.</summary>
    OtherCampaign,
}

/// <summary>What a campaign targets (CLARIFICATIONS: markets, marks, sectors, and also areas of the district).</summary>
public enum OperationTargetKind
{
    /// <summary>A market or platform of the 规范化市场 registry.</summary>
    Market,
    /// <summary>A mark of the 重点保护商标/标志 register.</summary>
    Mark,
    /// <summary>重点领域 (dictionary key_sector).</summary>
    Sector,
    /// <summary>街镇 (dictionary area).</summary>
    Area,
}

/// <summary>A task of a unit (in a joint operation) or a follow-up of a coordination meeting.</summary>
public enum WorkItemStatus
{
    /// <summary>未开始.</summary>
    Pending,
    /// <summary>进行中.</summary>
    InProgress,
    /// <summary>已完成.</summary>
    Done,
}

/// <summary>Requests between bodies (seed tasks 1, 10 and 三(二)).</summary>
public enum RequestKind
{
    /// <summary>京津冀协查 (cross-region assistance).</summary>
    Assistance,
    /// <summary>移送 (a matter handed to the body with jurisdiction).</summary>
    Transfer,
    /// <summary>通报.</summary>
    Notice,
    /// <summary>报请市局指导 (a hard case; the city bureau's answer is recorded).</summary>
    Guidance,
    /// <summary>技术咨询/技术调查 (a protection centre's opinion).</summary>
    TechnicalOpinion,
    /// <summary>协助整理案卷.</summary>
    CaseFileHelp,
}

/// <summary>A request as both sides see it: 待处理, 已答复, 逾期 (unanswered after its deadline).</summary>
public enum RequestStatus
{
    Pending,
    Answered,
    Overdue,
}

/// <summary>委托执法 or 联合办案 with a protection centre (seed task 9).</summary>
public enum EntrustmentKind
{
    /// <summary>委托执法: the partner acts within the entrusted scope and term.</summary>
    Entrusted,
    /// <summary>联合办案: the case is handled jointly, with shared files and results.</summary>
    Joint,
}

public enum EntrustmentStatus
{
    /// <summary>办理中 (within or after its term).</summary>
    Active,
    /// <summary>已完成, with the outcome recorded.</summary>
    Completed,
    /// <summary>已撤回: the partner no longer sees it.</summary>
    Revoked,
}

/// <summary>Where a joint operation stands on a day, from its period.</summary>
public enum OperationPhase
{
    Planned,
    Running,
    Ended,
}

/// <summary>
/// Names, parsing and the few date rules of the collaboration module. No statute sets these periods: a request's deadline
/// is the sender's, an entrustment's term is the one agreed with the partner (seed task 9), so the rules are only the
/// obvious ones — overdue from the day after the deadline, an entrustment usable up to and including its last day.
/// </summary>
public static class CollaborationRules
{
    public static string Name(OperationKind kind) => kind switch
    {
        OperationKind.JointEnforcement => "联合执法",
        OperationKind.GeographicalIndicationCampaign => "地理标志专项整治",
        OperationKind.WellKnownMarkCampaign => "驰名商标线上线下保护",
        OperationKind.DoubleStrike => "“双打”行动",
        OperationKind.OtherCampaign => "其他专项行动",
        _ => kind.ToString(),
    };

    public static string Name(OperationTargetKind kind) => kind switch
    {
        OperationTargetKind.Market => "市场",
        OperationTargetKind.Mark => "商标/标志",
        OperationTargetKind.Sector => "重点领域",
        OperationTargetKind.Area => "街镇",
        _ => kind.ToString(),
    };

    public static string Name(WorkItemStatus status) => status switch
    {
        WorkItemStatus.Pending => "未开始",
        WorkItemStatus.InProgress => "进行中",
        WorkItemStatus.Done => "已完成",
        _ => status.ToString(),
    };

    public static string Name(RequestKind kind) => kind switch
    {
        RequestKind.Assistance => "京津冀协查",
        RequestKind.Transfer => "移送",
        RequestKind.Notice => "通报",
        RequestKind.Guidance => "报请市局指导",
        RequestKind.TechnicalOpinion => "技术咨询/技术调查",
        RequestKind.CaseFileHelp => "协助整理案卷",
        _ => kind.ToString(),
    };

    public static string Name(RequestStatus status) => status switch
    {
        RequestStatus.Pending => "待处理",
        RequestStatus.Answered => "已答复",
        RequestStatus.Overdue => "逾期",
        _ => status.ToString(),
    };

    public static string Name(EntrustmentKind kind) => kind == EntrustmentKind.Entrusted ? "委托执法" : "联合办案";

    public static string Name(EntrustmentStatus status) => status switch
    {
        EntrustmentStatus.Active => "办理中",
        EntrustmentStatus.Completed => "已完成",
        EntrustmentStatus.Revoked => "已撤回",
        _ => status.ToString(),
    };

    public static string Name(OperationPhase phase) => phase switch
    {
        OperationPhase.Planned => "未开始",
        OperationPhase.Running => "进行中",
        OperationPhase.Ended => "已结束",
        _ => phase.ToString(),
    };

    /// <summary>The enum value from its API name (camelCase or PascalCase) or its Chinese name; null otherwise.</summary>
    public static T? Parse<T>(string? text, Func<T, string> name) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var t = Unquoted(text.Trim());
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString(), t, StringComparison.OrdinalIgnoreCase) || Unquoted(name(value)) == t)
            {
                return value;
            }
        }
        return null;
    }

    /// <summary>“双打”行动 and 双打行动 are the same name.</summary>
    private static string Unquoted(string text) => text.Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal)
        .Replace("\"", "", StringComparison.Ordinal);

    /// <summary>"jointEnforcement（联合执法）、…": the choices an error message lists.</summary>
    public static string Choices<T>(Func<T, string> name) where T : struct, Enum =>
        string.Join("、", Enum.GetValues<T>().Select(v => $"{System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(v.ToString())}（{name(v)}）"));

    /// <summary>Answered once a reply is recorded; overdue from the day after the deadline while unanswered.</summary>
    public static RequestStatus StatusOn(DateOnly? dueOn, DateOnly? repliedOn, DateOnly today) =>
        repliedOn is not null ? RequestStatus.Answered
        : dueOn is { } due && today > due ? RequestStatus.Overdue
        : RequestStatus.Pending;

    /// <summary>Replied after the deadline (shown as 超期答复).</summary>
    public static bool RepliedLate(DateOnly? dueOn, DateOnly? repliedOn) => dueOn is { } due && repliedOn is { } replied && replied > due;

    public static OperationPhase PhaseOn(DateOnly start, DateOnly end, DateOnly today) =>
        today < start ? OperationPhase.Planned : today > end ? OperationPhase.Ended : OperationPhase.Running;

    /// <summary>An active entrustment whose term has not run out: the partner may still add material and results (the last day included).</summary>
    public static bool WithinTerm(EntrustmentStatus status, DateOnly start, DateOnly end, DateOnly today) =>
        status == EntrustmentStatus.Active && today >= start && today <= end;

    /// <summary>"办理中", "已到期" (active past its term), "已完成", "已撤回".</summary>
    public static string StateName(EntrustmentStatus status, DateOnly end, DateOnly today) =>
        status == EntrustmentStatus.Active && today > end ? "已到期" : Name(status);

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
