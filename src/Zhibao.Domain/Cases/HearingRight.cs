using static Zhibao.Domain.Cases.CaseFormat;

namespace Zhibao.Domain.Cases;

/// <summary>Whom a penalty is imposed on, for the amounts that count as 较大数额.</summary>
public enum PenaltyPartyKind
{
    /// <summary>自然人 (公民).</summary>
    Person,
    /// <summary>法人或者其他组织.</summary>
    Organisation,
}

/// <summary>
/// The amounts from which a fine, or the value confiscated, is 较大数额 / 较大价值 (行政处罚法第六十三条). A setting: the
/// defaults 10,000 / 100,000 yuan are the commonly cited 《市场监督管理行政处罚听证办法》第五条, UNVERIFIED, and local rules
/// may set other amounts (legal-rules.md §1.4).
/// </summary>
public sealed record HearingThresholds(decimal Person = 10_000m, decimal Organisation = 100_000m)
{
    public static HearingThresholds Default { get; } = new();

    public decimal For(PenaltyPartyKind kind) => kind == PenaltyPartyKind.Person ? Person : Organisation;
}

/// <summary>The intended penalty, as it will be stated in the 行政处罚告知书.</summary>
/// <param name="ConfiscationValue">Total value of the illegal income and property to be confiscated.</param>
/// <param name="RevokesLicence">降低资质等级、吊销许可证件.</param>
/// <param name="SuspendsBusiness">责令停产停业、责令关闭、限制从业.</param>
/// <param name="OtherHeavyPenalty">其他较重的行政处罚, or a hearing required by another law, regulation or rule.</param>
public sealed record ProposedPenalty(
    PenaltyPartyKind PartyKind,
    decimal Fine = 0m,
    decimal ConfiscationValue = 0m,
    bool RevokesLicence = false,
    bool SuspendsBusiness = false,
    bool OtherHeavyPenalty = false);

public sealed record HearingRightResult(bool MustNotify, string Reason);

/// <summary>
/// Whether the 告知 must tell the party of the right to request a hearing (行政处罚法第六十三条, VERIFIED). "达到" a threshold
/// means at or above it. The fine and the confiscated value are compared with the threshold separately, not added
/// together: art.63 lists them as separate items.
/// </summary>
public static class HearingRight
{
    private const string Law = "《中华人民共和国行政处罚法》第六十三条第一款";

    /// <exception cref="ArgumentOutOfRangeException">An amount is negative or a threshold is not positive.</exception>
    public static HearingRightResult Assess(ProposedPenalty penalty, HearingThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(penalty);
        thresholds ??= HearingThresholds.Default;
        if (penalty.Fine < 0 || penalty.ConfiscationValue < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(penalty), "罚款和没收数额不能为负数");
        }
        if (thresholds.Person <= 0 || thresholds.Organisation <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(thresholds), "较大数额标准必须大于0");
        }

        var limit = thresholds.For(penalty.PartyKind);
        var party = penalty.PartyKind == PenaltyPartyKind.Person ? "自然人" : "法人或者其他组织";
        var reasons = new List<string>();
        if (penalty.Fine >= limit)
        {
            reasons.Add($"拟对{party}处以罚款{Yuan(penalty.Fine)}，达到较大数额{Yuan(limit)}（第（一）项）");
        }
        if (penalty.ConfiscationValue >= limit)
        {
            reasons.Add($"拟没收违法所得、非法财物价值{Yuan(penalty.ConfiscationValue)}，达到较大数额{Yuan(limit)}（第（二）项）");
        }
        if (penalty.RevokesLicence)
        {
            reasons.Add("拟降低资质等级或者吊销许可证件（第（三）项）");
        }
        if (penalty.SuspendsBusiness)
        {
            reasons.Add("拟责令停产停业、责令关闭或者限制从业（第（四）项）");
        }
        if (penalty.OtherHeavyPenalty)
        {
            reasons.Add("拟作出其他较重的行政处罚或者法律、法规、规章规定应当听证的处罚（第（五）、（六）项）");
        }

        return reasons.Count > 0
            ? new(true, $"{string.Join("；", reasons)}，应当告知当事人有要求听证的权利（{Law}）")
            : new(false, $"拟对{party}处以罚款{Yuan(penalty.Fine)}、没收{Yuan(penalty.ConfiscationValue)}，均未达到较大数额{Yuan(limit)}，" +
                $"且无吊销许可证件、责令停产停业等较重处罚，不属于{Law}规定的应当告知听证权利的情形；当事人仍有陈述、申辩的权利");
    }
}
