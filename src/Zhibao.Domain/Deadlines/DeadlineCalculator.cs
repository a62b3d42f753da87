using Zhibao.Domain.Calendar;

namespace Zhibao.Domain.Deadlines;

/// <summary>
/// Statutory deadline arithmetic (docs: shared/domain/README.md, rules 2–6). <see cref="DueDate"/> is the
/// allocation-free path for bulk case clocks; <see cref="Compute"/> adds pauses and the Chinese explanation.
/// </summary>
public static partial class DeadlineCalculator
{
    /// <summary>The largest amount accepted for working-day and day periods (about ten years).</summary>
    public const int MaxAmount = 3650;

    private const int MaxMonths = 120;
    private const int MaxHours = 8760;

    /// <summary>
    /// Why <paramref name="period"/> cannot be computed, in Chinese, or null when it can; lets the API answer 400
    /// without catching exceptions. 计算规则2、3、4、6（docs: shared/domain/README.md）
    /// </summary>
    public static string? ValidateAmount(Period period)
    {
        if (!Enum.IsDefined(period.Unit))
        {
            return "期限单位无效";
        }
        if (period.Amount < 0)
        {
            return "期限不能为负数";
        }
        return IsValid(period) ? null : period.Unit switch
        {
            PeriodUnit.WorkingDays => $"期限不能超过{MaxAmount}个工作日",
            PeriodUnit.Days => $"期限不能超过{MaxAmount}日",
            PeriodUnit.Months => $"期限不能超过{MaxMonths}个月",
            _ => $"期限不能超过{MaxHours}小时",
        };
    }

    /// <summary>
    /// The due date without pauses or explanation, and without allocating: for recomputing millions of case clocks.
    /// Equals <c>Compute(calendar, from, period).DueDate</c>.
    /// 计算规则2、3、4、6（docs: shared/domain/README.md）
    /// </summary>
    public static DateOnly DueDate(WorkingCalendar calendar, DateOnly from, Period period)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!IsValid(period))
        {
            ThrowInvalid(period);
        }
        return period.Unit switch
        {
            PeriodUnit.WorkingDays => calendar.AddWorkingDays(from, period.Amount),
            PeriodUnit.Days => calendar.NextWorkingDayOnOrAfter(from.AddDays(period.Amount)),
            PeriodUnit.Months => calendar.NextWorkingDayOnOrAfter(MonthTable.AddMonths(from, period.Amount)),
            _ => from.AddDays(period.Amount / 24),
        };
    }

    /// <summary>
    /// Plain elapsed hours: no rolling to a working day, holidays included. 计算规则6（docs: shared/domain/README.md）
    /// </summary>
    public static DateTime AddHours(DateTime from, int hours)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hours);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hours, MaxHours);
        return from.AddHours(hours);
    }

    private static bool IsValid(Period period) => period.Amount >= 0 && period.Unit switch
    {
        PeriodUnit.WorkingDays or PeriodUnit.Days => period.Amount <= MaxAmount,
        PeriodUnit.Months => period.Amount <= MaxMonths,
        PeriodUnit.Hours => period.Amount <= MaxHours,
        _ => false,
    };

    // A throw in its own method keeps DueDate small, so the JIT can inline the table lookups into it.
    private static void ThrowInvalid(Period period) =>
        throw new ArgumentOutOfRangeException(nameof(period), period, ValidateAmount(period));
}
