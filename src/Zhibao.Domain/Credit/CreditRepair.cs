using static Zhibao.Domain.Cases.CaseFormat;

namespace Zhibao.Domain.Credit;

/// <summary>What a credit-repair application asks to repair.</summary>
public enum RepairTarget
{
    /// <summary>行政处罚信息: stop its publication and its weight in the grade (信用修复管理办法第六条).</summary>
    Penalty,
    /// <summary>严重违法失信名单: early removal (总局令第44号; 信用修复管理办法第七条).</summary>
    Listing,
}

/// <summary>The facts a repair application is checked against.</summary>
/// <param name="Since">For a penalty, the day its publication began (or the decision, when not published); for a listing, the listing date.</param>
/// <param name="PenaltyCarriedOut">The penalty behind the record has been carried out (fine paid, or the case closed).</param>
/// <param name="PartyListed">For a penalty: the party is on the serious-violation list on the application day.</param>
/// <param name="LastRepairOn">The party's last granted repair, if any.</param>
public sealed record RepairFacts(
    RepairTarget Target, DateOnly AppliedOn, DateOnly Since, bool PenaltyCarriedOut, bool PartyListed, DateOnly? LastRepairOn);

/// <summary>
/// 《市场监督管理信用修复管理办法》 (国市监信规〔2021〕3号) as summarised in legal-rules.md §9.2 (numbers UNVERIFIED, so they
/// come from <see cref="CreditPeriods"/>): a penalty record after 6 months of publication, a listing after 1 year, only when
/// the penalty is carried out, a penalty not while the party is listed, and (广州 version) not within 12 months of the
/// party's last repair. <see cref="Check"/> names the field and cites the rule for each refusal.
/// </summary>
public static class CreditRepair
{
    public const string Rule = "《市场监督管理信用修复管理办法》";

    /// <summary>The first day the application may be made.</summary>
    public static DateOnly EarliestOn(RepairTarget target, DateOnly since, CreditPeriods periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        return target == RepairTarget.Penalty ? since.AddMonths(periods.PenaltyRepairMonths) : SeriousViolationList.EarliestEarlyRemovalOn(since, periods);
    }

    /// <param name="targetField">The input field naming the record ("penaltyCaseId" or "listingId").</param>
    public static IReadOnlyList<SchemeError> Check(RepairFacts facts, CreditPeriods periods, DateOnly today, string targetField)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(periods);
        var errors = new List<SchemeError>();
        var earliest = EarliestOn(facts.Target, facts.Since, periods);
        if (facts.AppliedOn > today)
        {
            errors.Add(new("appliedOn", "申请日期不能晚于今天"));
        }
        else if (facts.AppliedOn < earliest)
        {
            errors.Add(new("appliedOn", facts.Target == RepairTarget.Penalty
                ? $"行政处罚信息公示满{SeriousViolationList.Months(periods.PenaltyRepairMonths)}后方可申请信用修复：{Date(facts.Since)}起公示，最早{Date(earliest)}可申请（{Rule}第六条）"
                : $"列入严重违法失信名单满{SeriousViolationList.Months(periods.EarlyRemovalMonths)}后方可申请提前移出：{Date(facts.Since)}列入，最早{Date(earliest)}可申请（{SeriousViolationList.Rule}；{Rule}第七条）"));
        }
        else if (periods.RepairIntervalMonths > 0 && facts.LastRepairOn is { } last && facts.AppliedOn < last.AddMonths(periods.RepairIntervalMonths))
        {
            errors.Add(new("appliedOn",
                $"距上次信用修复（{Date(last)}）不足{SeriousViolationList.Months(periods.RepairIntervalMonths)}，不予修复，最早{Date(last.AddMonths(periods.RepairIntervalMonths))}可再次申请（{Rule}，广州市实施指引）"));
        }
        if (!facts.PenaltyCarriedOut)
        {
            errors.Add(new(targetField, $"行政处罚尚未履行完毕（罚没款未缴清且案件未结案），不予信用修复（{Rule}第六条）"));
        }
        if (facts.Target == RepairTarget.Penalty && facts.PartyListed)
        {
            errors.Add(new(targetField, $"当事人仍在严重违法失信名单中，应先申请提前移出名单，不予修复行政处罚信息（{Rule}第六条）"));
        }
        return errors;
    }
}
