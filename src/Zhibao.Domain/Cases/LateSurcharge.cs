using static Zhibao.Domain.Cases.CaseFormat;

namespace Zhibao.Domain.Cases;

/// <summary>The late-payment surcharge (加处罚款) on <paramref name="AsOf"/>.</summary>
/// <param name="DaysOverdue">Days after the due date, the due date itself not counted.</param>
/// <param name="Amount">Yuan, rounded to 0.01 away from zero, never more than the fine.</param>
/// <param name="Capped">The daily 3 % added up to more than the fine, so the fine amount applies.</param>
public sealed record LateSurchargeResult(DateOnly AsOf, int DaysOverdue, decimal Amount, bool Capped, string Basis, string Explanation);

/// <summary>
/// 行政处罚法第七十二条第一款第（一）项 (legal-rules.md §0 row 10, VERIFIED): a fine not paid when due is increased by 3 % of
/// the fine for each day, and the increase may not exceed the fine. Counting starts the day after the due date (the last
/// day of the 15-day payment period of art.67, or a later date approved under art.66), so paying on the due date costs
/// nothing and one day late costs 3 %. The due date is taken as given: a deferral or an instalment plan changes it
/// before it gets here. The surcharge is calendar-day based: the law names no working days.
/// </summary>
public static class LateSurcharge
{
    public const decimal DailyRate = 0.03m;

    public const string Basis =
        "《中华人民共和国行政处罚法》第七十二条第一款第（一）项：到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额";

    /// <exception cref="ArgumentOutOfRangeException">The fine is negative.</exception>
    public static LateSurchargeResult Compute(decimal fine, DateOnly dueDate, DateOnly asOf)
    {
        if (fine < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(fine), fine, "罚款数额不能为负数");
        }
        var days = Math.Max(0, asOf.DayNumber - dueDate.DayNumber);
        if (days == 0)
        {
            return new(asOf, 0, 0m, false, Basis, $"缴款期限{Date(dueDate)}尚未届满或当日届满，不加处罚款");
        }

        var raw = fine * DailyRate * days;
        var capped = raw > fine;
        var amount = Math.Round(capped ? fine : raw, 2, MidpointRounding.AwayFromZero);
        var explanation = $"缴款期限{Date(dueDate)}届满，至{Date(asOf)}逾期{days}日，按罚款{Yuan(fine)}每日3%计算" +
            (capped ? $"，合计已超过罚款数额，加处罚款以罚款数额{Yuan(amount)}为限" : $"，加处罚款{Yuan(amount)}");
        return new(asOf, days, amount, capped, Basis, explanation);
    }
}
