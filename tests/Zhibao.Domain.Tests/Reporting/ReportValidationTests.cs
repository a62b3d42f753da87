using Zhibao.Domain.Identifiers;
using Zhibao.Domain.Reporting;
using static Zhibao.Domain.Tests.Reporting.ReportSamples;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests.Reporting;

/// <summary>错报漏报 checks, one defect at a time.</summary>
public class ReportValidationTests
{
    private static IReadOnlyList<ReportProblem> Validate(params ReportCase[] rows) =>
        ReportValidation.Validate(October, ReportLayout.Default, rows, TotalsOf(rows));

    [Fact]
    public void A_clean_month_has_no_problems() =>
        Assert.Empty(Validate(Dispute(), Counterfeit(closed: "2023-10-30"), Mediation(closed: "2023-10-31")));

    [Fact]
    public void A_closure_before_filing_is_named_with_both_dates()
    {
        var problem = Assert.Single(Validate(Counterfeit(filed: "2023-10-20", closed: "2023-10-10")));

        Assert.Equal(ReportProblemCodes.ClosedBeforeFiled, problem.Code);
        Assert.Equal(2, problem.CaseId);
        Assert.Contains("2023-10-10", problem.Message);
        Assert.Contains("早于立案日期2023-10-20", problem.Message);
    }

    [Fact]
    public void A_closure_on_the_filing_day_is_fine() =>
        Assert.Empty(ReportValidation.ClosureBeforeFiling(Counterfeit(filed: "2023-10-20", closed: "2023-10-20")));

    [Fact]
    public void A_patent_number_with_a_wrong_check_digit_is_refused_with_the_right_digit()
    {
        var right = Zl("202310123456");
        var wrong = Spoil(right);

        var problem = Assert.Single(Validate(Counterfeit() with { PatentNumbers = wrong }));

        Assert.Equal(ReportProblemCodes.PatentNumberInvalid, problem.Code);
        Assert.Contains(wrong, problem.Message);
        Assert.Contains($"应为“{right[^1]}”", problem.Message);
    }

    [Fact]
    public void Each_of_several_numbers_is_checked()
    {
        var bad = Spoil(Zl("202310123457"));
        var c = Counterfeit() with { PatentNumbers = $"{Zl("202310123456")}；{bad}；{Zl("202330000001")}" };

        var problem = Assert.Single(ReportValidation.PatentNumbers(c));

        Assert.Contains(bad, problem.Message);
    }

    [Fact]
    public void A_recorded_kind_that_the_number_contradicts_is_refused()
    {
        var design = Zl("202330123456");

        var problem = Assert.Single(Validate(Dispute() with { PatentNumbers = design, RecordedPatentKind = PatentKind.UtilityModel }));

        Assert.Equal(ReportProblemCodes.PatentKindMismatch, problem.Code);
        Assert.Contains("实用新型", problem.Message);
        Assert.Contains("外观设计", problem.Message);
    }

    [Fact]
    public void A_pct_utility_model_number_matches_a_utility_model() =>
        Assert.Empty(ReportValidation.PatentKindMatchesNumber(Dispute() with { PatentNumbers = Zl("201890012345"), RecordedPatentKind = PatentKind.UtilityModel }));

    [Fact]
    public void A_counterfeit_case_takes_its_kind_from_the_number()
    {
        var c = Counterfeit() with { PatentNumbers = Zl("202330123456") };

        Assert.Equal(PatentKind.Design, c.PatentKind);
        Assert.Empty(ReportValidation.PatentKindMatchesNumber(c));
    }

    [Fact]
    public void Empty_required_fields_are_listed_in_one_problem_per_case()
    {
        var problem = Assert.Single(Validate(Dispute() with { Requesters = null, Respondents = " " }));

        Assert.Equal(ReportProblemCodes.RequiredFieldEmpty, problem.Code);
        Assert.Contains("“请求人/权利人”、“被请求人/当事人”", problem.Message);
    }

    [Fact]
    public void A_field_required_for_some_kinds_only_is_not_asked_of_the_others()
    {
        // 请求人 is required for disputes and mediations, not for a 假冒专利 penalty (no requester there).
        Assert.Empty(ReportValidation.RequiredFields(ReportLayout.Default, Counterfeit() with { Requesters = null }));
        // A mediation may be about a patent not yet granted: no number required.
        Assert.Empty(ReportValidation.RequiredFields(ReportLayout.Default, Mediation() with { PatentNumbers = null }));
        Assert.Single(ReportValidation.RequiredFields(ReportLayout.Default, Counterfeit() with { PatentNumbers = null }));
    }

    [Fact]
    public void Pending_at_start_plus_filed_minus_closed_must_give_pending_at_end()
    {
        var rows = new[] { Dispute(1), Dispute(4, closed: "2023-10-25") };
        var totals = TotalsOf(rows, pendingAtStart: 3);
        Assert.Empty(ReportValidation.TotalsBalance(totals)); // 3 + 2 − 1 = 4

        var carried = totals with
        {
            CarriedOver = true,
            PendingAtStart = 2,
            ByKind = [.. totals.ByKind.Select(k => k.Kind == ReportCaseKind.PatentDispute ? k with { PendingAtStart = 2 } : k)],
        };

        var problem = Assert.Single(ReportValidation.TotalsBalance(carried));
        Assert.Equal(ReportProblemCodes.TotalsBalance, problem.Code);
        Assert.Contains("上月已报送的期末在办2件 + 本月立案2件 − 本月结案1件 = 3件，与期末在办4件不符", problem.Message);
        Assert.Null(problem.CaseId);
    }

    [Fact]
    public void Totals_that_do_not_match_the_rows_are_refused()
    {
        var rows = new[] { Dispute(1), Counterfeit(2) };
        var totals = TotalsOf(rows);
        var wrong = totals with { ByKind = [.. totals.ByKind.Select(k => k.Kind == ReportCaseKind.CounterfeitPatent ? k with { Filed = 2, PendingAtEnd = 2 } : k)] };

        var problems = ReportValidation.TotalsMatchRows(October, rows, wrong).ToList();

        Assert.Equal(2, problems.Count); // the kind's line and the grand total
        Assert.All(problems, p => Assert.Equal(ReportProblemCodes.TotalsList, p.Code));
        Assert.Contains("假冒专利：汇总立案2件", problems[0].Message);
    }

    [Fact]
    public void Filed_and_closed_count_only_dates_inside_the_month()
    {
        var rows = new[] { Dispute(1, filed: "2023-09-30", closed: "2023-10-01"), Dispute(2, filed: "2023-10-31"), Counterfeit(3, filed: "2023-10-01", closed: "2023-10-31") };

        var totals = ReportTotals.Compute(October, rows, new Dictionary<ReportCaseKind, int> { [ReportCaseKind.PatentDispute] = 1 }, false,
            new Dictionary<ReportCaseKind, int> { [ReportCaseKind.PatentDispute] = 1 });

        var dispute = totals.ByKind.Single(k => k.Kind == ReportCaseKind.PatentDispute);
        Assert.Equal((1, 1, 1, 1), (dispute.PendingAtStart, dispute.Filed, dispute.Closed, dispute.PendingAtEnd));
        Assert.Equal((2, 2), (totals.Filed, totals.Closed));
        Assert.Equal(50.0m, dispute.ClosureRate); // 1 closed of 1 pending + 1 filed
        Assert.Equal(66.7m, totals.ClosureRate);  // 2 of 3
        Assert.Null(totals.ByKind.Single(k => k.Kind == ReportCaseKind.PatentMediation).ClosureRate);
    }

    [Fact]
    public void A_case_that_now_belongs_in_the_month_but_was_not_prepared_is_missing()
    {
        var prepared = new[] { Dispute(1) };
        var now = new[] { Dispute(1), Counterfeit(2) };

        var problem = Assert.Single(ReportValidation.Compare(October, prepared, now));

        Assert.Equal(ReportProblemCodes.Missing, problem.Code);
        Assert.Equal(2, problem.CaseId);
        Assert.StartsWith("漏报：", problem.Message);
        Assert.Contains("2023-10-12立案", problem.Message);
    }

    [Fact]
    public void A_closure_recorded_after_preparing_with_a_date_in_the_month_makes_the_row_wrong()
    {
        var prepared = new[] { Dispute(1) };
        var now = new[] { Dispute(1, closed: "2023-10-30") };

        var problem = Assert.Single(ReportValidation.Compare(October, prepared, now));

        Assert.Equal(ReportProblemCodes.Changed, problem.Code);
        Assert.Contains("结案日期“空”→“2023-10-30”", problem.Message);
    }

    [Fact]
    public void A_case_that_no_longer_belongs_is_extra()
    {
        var problem = Assert.Single(ReportValidation.Compare(October, [Dispute(1), Counterfeit(2)], [Dispute(1)]));

        Assert.Equal(ReportProblemCodes.Extra, problem.Code);
        Assert.Equal(2, problem.CaseId);
    }

    [Fact]
    public void The_same_cases_read_again_compare_equal() =>
        Assert.Empty(ReportValidation.Compare(October, [Dispute(1), Counterfeit(2), Mediation(3)], [Mediation(3), Dispute(1), Counterfeit(2)]));

    [Fact]
    public void A_case_without_a_number_is_named_by_its_title()
    {
        var problem = Assert.Single(ReportValidation.ClosureBeforeFiling(Counterfeit(filed: "2023-10-20", closed: "2023-10-10") with { CaseNumber = null }));

        Assert.Contains("《假冒专利案2》", problem.Message);
    }

    [Fact]
    public void Amounts_and_dates_are_written_the_same_way_everywhere()
    {
        var c = Counterfeit(closed: "2023-10-30") with { PenaltyAmount = 5000m };

        Assert.Equal("5000.00", ReportSources.Get("penaltyAmount").Read(c));
        Assert.Equal("2023-10-30", ReportSources.Get("closedOn").Read(c));
        Assert.Equal("已结案", ReportSources.Get("status").Read(c));
        Assert.Equal("在办", ReportSources.Get("status").Read(Counterfeit()));
        Assert.Null(ReportSources.Get("eCommerce").Read(c));
        Assert.Equal(D("2023-10-30"), c.ClosedOn);
    }
}
