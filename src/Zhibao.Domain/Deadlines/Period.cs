namespace Zhibao.Domain.Deadlines;

/// <summary>How a statutory period is counted; each unit has its own rule in shared/domain/README.md.</summary>
public enum PeriodUnit
{
    /// <summary>计算规则2（docs: shared/domain/README.md）</summary>
    WorkingDays,
    /// <summary>计算规则3（docs: shared/domain/README.md）</summary>
    Days,
    /// <summary>计算规则4（docs: shared/domain/README.md）</summary>
    Months,
    /// <summary>计算规则6（docs: shared/domain/README.md）</summary>
    Hours,
}

/// <summary>A statutory period such as 5个工作日 or 90日.</summary>
public readonly record struct Period(int Amount, PeriodUnit Unit)
{
    /// <summary>The period as the law writes it: "5个工作日", "3日", "3个月", "24小时". 计算规则2、3、4、6（docs: shared/domain/README.md）</summary>
    public string Describe() => Unit switch
    {
        PeriodUnit.WorkingDays => $"{Amount}个工作日",
        PeriodUnit.Days => $"{Amount}日",
        PeriodUnit.Months => $"{Amount}个月",
        PeriodUnit.Hours => $"{Amount}小时",
        _ => $"{Amount}（未知单位）",
    };
}
