using System.Globalization;
using Zhibao.Domain.Deadlines;
using Zhibao.Web.Platform.Api;

namespace Zhibao.Web.Platform.Calendar;

/// <summary>期限计算器: the API and the page both go through here, so both give the same answer and errors.</summary>
public sealed class DeadlineQuery(CalendarService calendar)
{
    private static readonly Dictionary<string, PeriodUnit> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["workingDays"] = PeriodUnit.WorkingDays,
        ["days"] = PeriodUnit.Days,
        ["months"] = PeriodUnit.Months,
        ["hours"] = PeriodUnit.Hours,
    };

    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"];

    public async Task<IResult> HandleAsync(string? from, string? amount, string? unit, CancellationToken ct)
    {
        var (response, errors) = await ComputeAsync(from, amount, unit, ct);
        return response is null ? errors.ToProblem() : Results.Ok(response);
    }

    public async Task<(DeadlineResponse? Response, FieldErrors Errors)> ComputeAsync(string? from, string? amount, string? unit, CancellationToken ct)
    {
        var errors = new FieldErrors();
        PeriodUnit periodUnit = default;
        if (string.IsNullOrWhiteSpace(unit))
        {
            errors.Add("unit", "请选择期间单位：workingDays（工作日）、days（日）、months（月）、hours（小时）");
        }
        else if (!Units.TryGetValue(unit, out periodUnit))
        {
            errors.Add("unit", $"未知的期间单位“{unit}”，应为 workingDays、days、months 或 hours");
        }
        if (!int.TryParse(amount, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
        {
            errors.Add("amount", "期间数量须为整数");
        }
        else if (count < 0)
        {
            errors.Add("amount", "期间数量不能为负数");
        }
        else if (!errors.Any && DeadlineCalculator.ValidateAmount(new Period(count, periodUnit)) is { } amountError)
        {
            errors.Add("amount", amountError);
        }
        var allowTime = !errors.Any && periodUnit == PeriodUnit.Hours;
        if (string.IsNullOrWhiteSpace(from))
        {
            errors.Add("from", "请输入起算日期");
        }
        else if (!DateTime.TryParseExact(from, allowTime ? DateTimeFormats : ["yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                 || start.Year is < 1990 or > 2190)
        {
            errors.Add("from", allowTime ? "起算时间格式应为 yyyy-MM-dd 或 yyyy-MM-ddTHH:mm" : "起算日期格式应为 yyyy-MM-dd，例如 2023-09-27");
        }
        if (errors.Any)
        {
            return (null, errors);
        }

        var startAt = DateTime.ParseExact(from!, allowTime ? DateTimeFormats : ["yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None);
        var period = new Period(count, periodUnit);
        var cal = await calendar.GetAsync(ct);
        if (periodUnit == PeriodUnit.Hours)
        {
            // 计算规则6: plain elapsed hours, no calendar involved.
            var dueAt = DeadlineCalculator.AddHours(startAt, count);
            var text = dueAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            return (new DeadlineResponse(startAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), count, periodUnit, period.Describe(),
                DateOnly.FromDateTime(dueAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), text, true, null,
                [new DeadlineStepResponse(text, $"自 {startAt:yyyy-MM-dd HH:mm} 起连续计算{count}小时（计算规则6：按小时计算的期间不扣除节假日）")]), errors);
        }
        var deadline = DeadlineCalculator.Compute(cal, DateOnly.FromDateTime(startAt), period);
        return (new DeadlineResponse(
            startAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), count, periodUnit, period.Describe(),
            deadline.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, deadline.CalendarComplete, deadline.Warning,
            deadline.Steps.Select(s => new DeadlineStepResponse(s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Note)).ToList()), errors);
    }
}
