using Zhibao.Domain.Credit;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests.Credit;

/// <summary>The default scheme (A 0, B 1+, C 30+, D 60+) on records at and around their windows.</summary>
public class CreditGradingTests
{
    private static readonly CreditScheme Scheme = CreditScheme.Default;

    private static CreditRecord Penalty(string on, decimal amount, string number = "津辰市监知罚〔2023〕1号") =>
        new(CreditRecordKind.PenaltyDecision, D(on), number, amount);

    private static CreditEvaluation Grade(string on, params CreditRecord[] records) => CreditGrading.Evaluate(Scheme, records, D(on));

    [Fact]
    public void A_party_without_records_is_grade_A_with_no_reasons_and_low_inspection()
    {
        var result = Grade("2023-10-09");

        Assert.Equal("A", result.Grade.Code);
        Assert.Equal(0, result.Points);
        Assert.Empty(result.Reasons);
        Assert.Equal(InspectionLevel.Low, result.Grade.Inspection);
        Assert.Contains("无事不扰", result.InspectionText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 5, "B")]          // a warning
    [InlineData(9_999.99, 5, "B")]
    [InlineData(10_000, 15, "B")]    // exactly at the tier
    [InlineData(99_999.99, 15, "B")]
    [InlineData(100_000, 30, "C")]   // 较大数额 reaches C
    public void A_penalty_scores_by_its_amount_tier(decimal amount, int points, string grade)
    {
        var result = Grade("2023-11-01", Penalty("2023-10-30", amount));

        Assert.Equal(points, result.Points);
        Assert.Equal(grade, result.Grade.Code);
        var reason = Assert.Single(result.Reasons);
        Assert.Contains("津辰市监知罚〔2023〕1号", reason.Text, StringComparison.Ordinal);
        Assert.EndsWith($"记{points}分", reason.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-10-29", 15)]   // one day before the third anniversary: still counts
    [InlineData("2026-10-30", 0)]    // exactly three years: dropped out
    [InlineData("2023-10-29", 0)]    // before the decision: not yet a record
    [InlineData("2023-10-30", 15)]   // on the decision day
    public void A_penalty_counts_for_three_years_up_to_not_including_the_anniversary(string on, int points) =>
        Assert.Equal(points, Grade(on, Penalty("2023-10-30", 50_000)).Points);

    [Theory]
    [InlineData("2027-02-27", 15)]
    [InlineData("2027-02-28", 0)]    // 2024-02-29 + 3 years = 2027-02-28
    public void A_penalty_of_29_February_drops_out_on_28_February(string on, int points) =>
        Assert.Equal(points, Grade(on, Penalty("2024-02-29", 50_000)).Points);

    [Theory]
    [InlineData("2023-10-29", true)]    // one day short of 5 years after the first: a repeat
    [InlineData("2023-10-30", false)]   // exactly 5 years: outside
    public void A_second_penalty_within_five_years_of_the_first_adds_the_repeat_points(string second, bool repeat)
    {
        var result = Grade("2023-11-01", Penalty("2018-10-30", 20_000, "津辰市监知罚〔2018〕7号"), Penalty(second, 20_000, "津辰市监知罚〔2023〕9号"));

        var repeats = result.Reasons.Where(r => r.Kind == CreditRecordKind.RepeatInfringement).ToList();
        if (repeat)
        {
            var reason = Assert.Single(repeats);
            Assert.Contains("津辰市监知罚〔2023〕9号", reason.Text, StringComparison.Ordinal);
            Assert.Contains("津辰市监知罚〔2018〕7号", reason.Text, StringComparison.Ordinal);
            Assert.Equal(15 + 20, result.Points);   // the 2018 penalty is outside its 3-year window
        }
        else
        {
            Assert.Empty(repeats);
            Assert.Equal(15, result.Points);
        }
    }

    [Fact]
    public void A_case_flagged_as_a_repeat_is_counted_once_even_when_an_earlier_penalty_is_on_record()
    {
        var result = Grade("2023-11-01",
            Penalty("2022-01-10", 5_000, "A号"), Penalty("2023-10-30", 5_000, "B号"),
            new CreditRecord(CreditRecordKind.RepeatInfringement, D("2023-10-30"), "B号", Detail: "案件认定五年内再次违法"));

        Assert.Single(result.Reasons, r => r.Kind == CreditRecordKind.RepeatInfringement);
        Assert.Equal(5 + 5 + 20, result.Points);
    }

    [Theory]
    [InlineData("2026-10-31", 100, "D")]
    [InlineData("2026-11-01", 0, "A")]   // planned removal (3 years): the listing no longer counts
    public void A_listing_makes_the_party_D_until_it_ends(string on, int points, string grade)
    {
        var listing = new CreditRecord(CreditRecordKind.SeriousViolationListing, D("2023-11-01"), "津辰市监列严〔2023〕1号",
            EndsOn: SeriousViolationList.EndsOn(D("2023-11-01"), null, Scheme.Periods));

        var result = Grade(on, listing);

        Assert.Equal(points, result.Points);
        Assert.Equal(grade, result.Grade.Code);
        Assert.Equal(grade == "D" ? InspectionLevel.High : InspectionLevel.Low, result.Grade.Inspection);
    }

    [Fact]
    public void A_repaired_penalty_stops_counting_on_the_repair_day()
    {
        var repaired = Penalty("2023-01-10", 50_000) with { RepairedOn = D("2023-07-10") };

        Assert.Equal(15, Grade("2023-07-09", repaired).Points);
        Assert.Equal(0, Grade("2023-07-10", repaired).Points);
    }

    [Fact]
    public void Every_record_kind_names_its_record_and_points_and_the_sum_picks_the_grade()
    {
        var result = Grade("2023-11-01",
            Penalty("2023-10-30", 5_000),
            new CreditRecord(CreditRecordKind.CriminalReferral, D("2023-09-01"), "津辰市监知罚〔2023〕2号"),
            new CreditRecord(CreditRecordKind.BreachedCommitment, D("2023-05-01"), "信用承诺书2023-01号", Detail: "未按承诺整改"),
            new CreditRecord(CreditRecordKind.RefusalToComply, D("2023-06-01"), "津辰市监知裁〔2023〕1号"),
            new CreditRecord(CreditRecordKind.AdjudicationInfringement, D("2023-04-01"), "津辰市监知裁〔2023〕1号"));

        Assert.Equal(5 + 40 + 20 + 30 + 10, result.Points);
        Assert.Equal("D", result.Grade.Code);
        Assert.Equal(5, result.Reasons.Count);
        Assert.Equal(40, result.Reasons[0].Points);   // heaviest first
        Assert.All(result.Reasons, r => Assert.Matches(@"〔2023〕\d+号|2023-01号", r.Text));
        Assert.Contains(result.Reasons, r => r.Text.StartsWith("涉嫌犯罪移送公安机关", StringComparison.Ordinal));
        Assert.Contains(result.Reasons, r => r.Text.StartsWith("拒不履行", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(1, "B")]
    [InlineData(29, "B")]
    [InlineData(30, "C")]
    [InlineData(59, "C")]
    [InlineData(60, "D")]
    public void Grade_thresholds_are_reached_at_their_minimum(int points, string grade) =>
        Assert.Equal(grade, Scheme.GradeFor(points).Code);

    [Fact]
    public void A_configured_scheme_changes_the_weights_and_windows()
    {
        var strict = Scheme with { PenaltyTiers = [new(0m, 40)], PenaltyWindowYears = 5 };

        var result = CreditGrading.Evaluate(strict, [Penalty("2020-01-01", 100)], D("2024-12-31"));

        Assert.Equal(40, result.Points);
        Assert.Equal("C", result.Grade.Code);
    }
}
