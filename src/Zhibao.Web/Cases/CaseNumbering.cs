using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;

namespace Zhibao.Web.Cases;

/// <summary>
/// Case numbers per bureau, kind and year, assigned at 立案 and never reused: the counter only moves forward and its
/// concurrency token makes a racing filing fail and retry rather than take the same number.
/// </summary>
public static class CaseNumbering
{
    public const string DefaultPenaltyPattern = "津辰市监知罚〔{year}〕{seq}号";
    public const string DefaultAdjudicationPattern = "津辰市监知裁〔{year}〕{seq}号";
    public const string DefaultMediationPattern = "津辰市监知调〔{year}〕{seq}号";

    /// <summary>The setting that holds each kind's pattern, and its default.</summary>
    public static (string Setting, string Default) PatternOf(CaseKind kind) => kind switch
    {
        CaseKind.Adjudication => ("Cases.AdjudicationNumberPattern", DefaultAdjudicationPattern),
        CaseKind.Mediation => ("Cases.MediationNumberPattern", DefaultMediationPattern),
        _ => ("Cases.PenaltyNumberPattern", DefaultPenaltyPattern),
    };

    public static async Task<string> NextAsync(ZhibaoDb db, int bureauId, CaseKind kind, int year, string pattern, CancellationToken ct)
    {
        var counter = await db.CaseNumberCounters.FirstOrDefaultAsync(x => x.BureauId == bureauId && x.Kind == kind && x.Year == year, ct);
        if (counter is null)
        {
            counter = new CaseNumberCounter { BureauId = bureauId, Kind = kind, Year = year };
            db.CaseNumberCounters.Add(counter);
        }
        counter.LastSequence++;
        var usable = CaseNumberPattern.Validate(pattern) is null ? pattern : PatternOf(kind).Default;
        return CaseNumberPattern.Format(usable, year, counter.LastSequence);
    }
}
