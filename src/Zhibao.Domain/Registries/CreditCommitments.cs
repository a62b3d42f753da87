namespace Zhibao.Domain.Registries;

/// <summary>The state of an agency's 信用承诺书.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "已签署 / 未签署: the words of the form, not integer types.")]
public enum CommitmentStatus
{
    /// <summary>未签署: requested, with the date it is due.</summary>
    Unsigned,
    /// <summary>已签署.</summary>
    Signed,
    /// <summary>已违反: a breach was recorded; only a breach record sets it.</summary>
    Breached,
}

/// <summary>Where an agency stands with its credit commitments.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "已签署: the word of the form, not an integer type.")]
public enum CommitmentState
{
    /// <summary>已签署: a signed, unbreached commitment (counted in the coverage).</summary>
    Signed,
    /// <summary>已违反: signed, then breached, and no newer signed one.</summary>
    Breached,
    /// <summary>未签署: none signed yet, the due date not passed (or not set).</summary>
    Missing,
    /// <summary>逾期未签署: none signed and the due date passed.</summary>
    Overdue,
}

/// <summary>An agency's standing: the state, the day of the commitment it rests on, and the earliest due date of an unsigned request.</summary>
public sealed record AgencyCommitmentStanding(CommitmentState State, DateOnly? SignedOn, DateOnly? DueOn);

/// <summary>The kinds of IP agency the register holds; one firm may be both.</summary>
[Flags]
public enum AgencyKinds
{
    None = 0,
    /// <summary>专利代理机构 (《专利代理条例》: 专利代理机构执业许可证).</summary>
    Patent = 1,
    /// <summary>商标代理机构 (《商标代理监督管理规定》, 总局令第63号: 备案).</summary>
    Trademark = 2,
}

/// <summary>The coverage of 代理机构信用承诺 for the plan's indicator: covered agencies over all active ones.</summary>
/// <param name="Rate">Covered ÷ total, rounded to four places; null when there is no active agency to count.</param>
public sealed record CommitmentCoverage(int Covered, int Total, decimal? Rate);

/// <summary>
/// 信用承诺 of IP agencies. Breaking a commitment is a 失信行为 under 《国家知识产权局知识产权信用管理规定》 (legal-rules.md
/// §5.3, §9.3), so a breach is recorded on the commitment and marks the agency's credit record; the status 已违反 follows from
/// the breach and is never typed in.
/// </summary>
public static class CreditCommitmentRules
{
    public const string CreditRule = "《国家知识产权局知识产权信用管理规定》";

    public static string StatusName(CommitmentStatus status) => status switch
    {
        CommitmentStatus.Unsigned => "未签署",
        CommitmentStatus.Signed => "已签署",
        CommitmentStatus.Breached => "已违反",
        _ => status.ToString(),
    };

    public static CommitmentStatus? ParseStatus(string? text)
    {
        var t = text?.Trim();
        return Enum.GetValues<CommitmentStatus>().Cast<CommitmentStatus?>()
            .FirstOrDefault(s => string.Equals(s.ToString(), t, StringComparison.OrdinalIgnoreCase) || StatusName(s!.Value) == t);
    }

    public static string StateName(CommitmentState state) => state switch
    {
        CommitmentState.Signed => "已签署",
        CommitmentState.Breached => "已违反",
        CommitmentState.Missing => "未签署",
        CommitmentState.Overdue => "逾期未签署",
        _ => state.ToString(),
    };

    public static CommitmentState? ParseState(string? text)
    {
        var t = text?.Trim();
        return Enum.GetValues<CommitmentState>().Cast<CommitmentState?>()
            .FirstOrDefault(s => string.Equals(s.ToString(), t, StringComparison.OrdinalIgnoreCase) || StateName(s!.Value) == t);
    }

    /// <summary>
    /// The standing from all of an agency's commitments: 已签署 when one is signed and unbreached (the latest signing shown);
    /// else 已违反 when one was breached; else 未签署, or 逾期未签署 once the earliest due date has passed.
    /// </summary>
    public static AgencyCommitmentStanding Standing(IEnumerable<(CommitmentStatus Status, DateOnly? SignedOn, DateOnly? DueOn)> commitments, DateOnly today)
    {
        var list = commitments.ToList();
        foreach (var status in (CommitmentStatus[])[CommitmentStatus.Signed, CommitmentStatus.Breached])
        {
            if (list.Any(c => c.Status == status))
            {
                return new(status == CommitmentStatus.Signed ? CommitmentState.Signed : CommitmentState.Breached,
                    list.Where(c => c.Status == status).Max(c => c.SignedOn), null);
            }
        }
        var due = list.Where(c => c.DueOn is not null).Min(c => c.DueOn);
        return new(IsOverdue(due, today) ? CommitmentState.Overdue : CommitmentState.Missing, null, due);
    }

    /// <summary>"专利代理机构", "商标代理机构" or "专利、商标代理机构".</summary>
    public static string KindName(AgencyKinds kinds) => kinds switch
    {
        AgencyKinds.Patent => "专利代理机构",
        AgencyKinds.Trademark => "商标代理机构",
        AgencyKinds.Patent | AgencyKinds.Trademark => "专利、商标代理机构",
        _ => "未登记资质",
    };

    /// <summary>Covered for the indicator: at least one commitment signed and not breached.</summary>
    public static bool IsCovered(IEnumerable<CommitmentStatus> commitments) => commitments.Any(s => s == CommitmentStatus.Signed);

    /// <summary>
    /// Still missing a commitment: none was ever signed. A firm whose only commitment was breached has signed one and is on
    /// its credit record instead; it is not covered, but it is not "missing" either.
    /// </summary>
    public static bool IsMissing(IEnumerable<CommitmentStatus> commitments) => commitments.All(s => s == CommitmentStatus.Unsigned);

    /// <summary>The due date passed: reminders start the day after it.</summary>
    public static bool IsOverdue(DateOnly? dueOn, DateOnly today) => dueOn is { } due && due < today;

    public static CommitmentCoverage Coverage(int covered, int total)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(covered);
        ArgumentOutOfRangeException.ThrowIfLessThan(total, covered);
        return new(covered, total, total == 0 ? null : Math.Round((decimal)covered / total, 4, MidpointRounding.AwayFromZero));
    }

    /// <summary>
    /// Checks a commitment as entered (created, or edited from <paramref name="current"/>). Returns field → message pairs;
    /// empty when acceptable. 已违反 comes only from a breach record, and a breached commitment cannot be edited back.
    /// </summary>
    public static IReadOnlyList<(string Field, string Message)> Check(
        CommitmentStatus? current, CommitmentStatus status, DateOnly? signedOn, DateOnly? dueOn, DateOnly today)
    {
        var errors = new List<(string, string)>();
        if (status == CommitmentStatus.Breached && current != CommitmentStatus.Breached)
        {
            errors.Add(("status", "“已违反”由登记违诺记录自动标记，请先登记违诺记录"));
        }
        if (current == CommitmentStatus.Breached && status != CommitmentStatus.Breached)
        {
            errors.Add(("status", $"该承诺已有违诺记录，不能改回“{StatusName(status)}”；失信行为记入信用记录（{CreditRule}）"));
        }
        switch (status)
        {
            case CommitmentStatus.Unsigned when dueOn is null:
                errors.Add(("dueOn", "未签署的承诺须填写应签署日期（到期未签署将提醒知识产权科）"));
                break;
            case CommitmentStatus.Signed or CommitmentStatus.Breached when signedOn is null:
                errors.Add(("signedOn", "请填写签署日期"));
                break;
        }
        if (signedOn is { } signed && signed > today)
        {
            errors.Add(("signedOn", "签署日期不能晚于今天"));
        }
        if (status == CommitmentStatus.Unsigned && signedOn is not null)
        {
            errors.Add(("signedOn", "未签署的承诺不应填写签署日期；已签署请将状态选为“已签署”"));
        }
        return errors;
    }

    /// <summary>A breach can be recorded only on a commitment that was signed, on a day not before the signing nor after today.</summary>
    public static IReadOnlyList<(string Field, string Message)> CheckBreach(CommitmentStatus status, DateOnly? signedOn, DateOnly? occurredOn, DateOnly today)
    {
        var errors = new List<(string, string)>();
        if (status == CommitmentStatus.Unsigned)
        {
            errors.Add(("commitment", "该承诺尚未签署，不能登记违诺"));
        }
        if (occurredOn is not { } day)
        {
            errors.Add(("occurredOn", "请填写违诺日期"));
        }
        else if (day > today)
        {
            errors.Add(("occurredOn", "违诺日期不能晚于今天"));
        }
        else if (signedOn is { } signed && day < signed)
        {
            errors.Add(("occurredOn", $"违诺日期不能早于承诺签署日期{signed:yyyy-MM-dd}"));
        }
        return errors;
    }
}
