using static Zhibao.Domain.Cases.CaseFormat;

namespace Zhibao.Domain.Cases;

/// <summary>
/// Compares a case's amounts with the criminal prosecution thresholds of the IP crimes, so that the officer sees when a
/// case must be (or may need to be) transferred to the police (商标法第六十一条; 国务院令第310号第三条). An aid, not a finding:
/// whether a crime was committed is for the police and the courts.
/// </summary>
/// <remarks>
/// <para>Version: the interpretation in force on the date of the act. 法释〔2025〕5号 applies to acts from 2025-04-26; it repealed
/// 法释〔2004〕19号, which is used for earlier acts (legal-rules.md §4.2).</para>
/// <para>Offences assessed: 假冒专利罪 for a patent case; for a trademark case 假冒注册商标罪 (the goods or the services
/// variant), 销售假冒注册商标的商品罪 unless the mark is a service mark, and the label offence only when a label count was
/// recorded: its money thresholds are lower than the others', so assessing it on every goods case would flag sellers of
/// counterfeit goods as label makers.</para>
/// <para>Suspicion fraction: in IP cases a reasonable suspicion is enough to transfer (国务院令第310号第三条第二款), so
/// amounts at or above this fraction of a threshold are flagged as 可能涉嫌犯罪. legal-rules.md makes the fraction a
/// setting (e.g. 0.5); 1 turns the flag off.</para>
/// </remarks>
public static class CriminalThresholds
{
    /// <summary>法释〔2025〕5号 applies to acts on or after this date.</summary>
    public static DateOnly Interpretation2025EffectiveFrom => ThresholdRules2025.EffectiveFrom;

    private static readonly IThresholdRuleSet Rules2025 = new ThresholdRules2025();
    private static readonly IThresholdRuleSet Rules2004 = new ThresholdRules2004();

    private const string Disclaimer = "本结果仅为移送参考，是否涉嫌犯罪由公安机关、司法机关依法认定；“其他情节严重”等非数额情形未计入";

    /// <exception cref="ArgumentOutOfRangeException">The fraction is not in (0, 1], or an amount or count is negative.</exception>
    public static ThresholdAssessment Assess(CaseSubjectGroup group, CriminalAmounts amounts, DateOnly actDate, decimal suspicionFraction)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        if (suspicionFraction is <= 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(suspicionFraction), suspicionFraction,
                "涉嫌犯罪提示比例必须大于0且不大于1（例如0.5表示达到追诉标准的50%即提示）");
        }
        if (amounts is { IllegalBusinessVolume: < 0 } or { IllegalIncome: < 0 } or { SalesAmount: < 0 } or { UnsoldGoodsValue: < 0 }
            or { DirectLoss: < 0 } or { LabelCount: < 0 } or { MarkCount: < 0 } or { UnsoldLabelCount: < 0 })
        {
            throw new ArgumentOutOfRangeException(nameof(amounts), "数额和件数不能为负数");
        }

        var rules = actDate >= ThresholdRules2025.EffectiveFrom ? Rules2025 : Rules2004;
        var offences = rules.Offences(group, amounts).Select(o => Evaluate(o, suspicionFraction)).ToList();
        var notes = rules.Notes(group, amounts).Append(Disclaimer).ToList();
        return new ThresholdAssessment(rules.Name, offences.Max(o => o.Status), offences, notes);
    }

    private static OffenceAssessment Evaluate(OffenceRule rule, decimal fraction)
    {
        (Criterion Criterion, decimal Ratio)? best = null;
        foreach (var criterion in rule.Criteria.Where(c => c.Amount is not null))
        {
            var r = criterion.Amount!.Value / criterion.Threshold;
            if (best is null || r > best.Value.Ratio) // the first criterion wins a tie: the order of the article
            {
                best = (criterion, r);
            }
        }
        if (best is null)
        {
            return new(rule.Offence, rule.Article, ThresholdStatus.BelowThreshold, 0m, null, null, null, "元",
                $"未录入可与{rule.Offence}追诉标准比较的数额（{rule.Source}）");
        }

        var (c, ratio) = best.Value;
        var status = ratio >= rule.AggravatedMultiple ? ThresholdStatus.Aggravated
            : ratio >= 1m ? ThresholdStatus.MeetsProsecution
            : ratio >= fraction ? ThresholdStatus.PossiblySuspected
            : ThresholdStatus.BelowThreshold;
        return new(rule.Offence, rule.Article, status, ratio, c.Measure, c.Amount, c.Threshold, c.Unit, Explain(rule, c, ratio, status));
    }

    private static string Explain(OffenceRule rule, Criterion c, decimal ratio, ThresholdStatus status)
    {
        var amount = $"{c.Measure}{Quantity(c.Amount!.Value, c.Unit)}";
        var standard = $"{rule.Source}规定的{Quantity(c.Threshold, c.Unit)}标准" + (c.Condition is null ? "" : $"（{c.Condition}）");
        var offence = $"{rule.Offence}（{rule.Article}）";
        return status switch
        {
            ThresholdStatus.Aggravated =>
                $"{amount}，达到{standard}的{Number(rule.AggravatedMultiple!.Value)}倍（{Quantity(c.Threshold * rule.AggravatedMultiple.Value, c.Unit)}），" +
                $"属于“{rule.AggravatedName}”，涉嫌{offence}，应当依法移送公安机关",
            ThresholdStatus.MeetsProsecution => $"{amount}，达到{standard}，涉嫌{offence}，应当依法移送公安机关",
            ThresholdStatus.PossiblySuspected =>
                $"{amount}，为{standard}的{Percent(ratio)}，可能涉嫌{offence}；存在犯罪合理嫌疑、需要公安机关进一步取证的，" +
                "应当移送（《行政执法机关移送涉嫌犯罪案件的规定》第三条第二款）",
            _ => $"{amount}，为{standard}的{Percent(ratio)}，未达到{rule.Offence}的追诉标准",
        };
    }

    private static string Quantity(decimal value, string unit) => unit == "元" ? Yuan(value) : Number(value) + unit;
}
