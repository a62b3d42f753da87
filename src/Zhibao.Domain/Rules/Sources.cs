using Zhibao.Domain.Deadlines;

namespace Zhibao.Domain.Rules;

/// <summary>
/// Titles and entry-into-force dates of the rules the catalogue cites, and small helpers that keep the data files
/// readable. Dates marked "legal-rules.md" are taken from shared/domain/legal-rules.md; the others are noted where
/// they come from, so that a reviewer can see which ones still need checking.
/// </summary>
internal static class Sources
{
    public const string PenaltyLaw = "《中华人民共和国行政处罚法》";
    public const string PenaltyProcedure = "《市场监督管理行政处罚程序规定》";
    public const string PenaltyPublicity = "《市场监督管理行政处罚信息公示规定》";
    public const string PatentDisputeMeasures = "《专利纠纷行政裁决和调解办法》";
    public const string PatentEnforcementMeasures = "《专利行政执法办法》";
    public const string PatentLaw = "《中华人民共和国专利法》";
    public const string CriminalReferral = "《行政执法机关移送涉嫌犯罪案件的规定》";
    public const string CivilProcedureLaw = "《中华人民共和国民事诉讼法》";
    public const string PeoplesMediationLaw = "《中华人民共和国人民调解法》";
    public const string JudicialConfirmationRules = "《最高人民法院关于人民调解协议司法确认程序的若干规定》";
    public const string ComplaintMeasures = "《市场监督管理投诉举报处理暂行办法》";

    /// <summary>行政处罚法 (2021 revision) art.86: in force 2021-07-15 (checked in LawRefBook/Laws 行政法/行政处罚法.md).</summary>
    public static readonly DateOnly PenaltyLaw2021 = new(2021, 7, 15);

    /// <summary>总局令第42号, in force 2021-07-15 (legal-rules.md §1, VERIFIED secondary).</summary>
    public static readonly DateOnly PenaltyProcedure2021 = new(2021, 7, 15);

    /// <summary>总局令第45号, in force 2021-09-01 (legal-rules.md §1.6; art.19 of the text).</summary>
    public static readonly DateOnly PenaltyPublicity2021 = new(2021, 9, 1);

    /// <summary>国家知识产权局令第81号, in force 2025-02-01 (legal-rules.md §2.1).</summary>
    public static readonly DateOnly PatentDispute2025 = new(2025, 2, 1);

    /// <summary>专利行政执法办法 as amended by 局令第71号, in force 2015-07-01 (legal-rules.md §2.1).</summary>
    public static readonly DateOnly PatentEnforcement2015 = new(2015, 7, 1);

    /// <summary>专利法 2020 amendment (the numbering of art.65 and art.74): in force 2021-06-01. From memory; legal-rules.md
    /// cites the text (LR 专利法(2020-10-17).md) but not its entry-into-force date.</summary>
    public static readonly DateOnly PatentLaw2020 = new(2021, 6, 1);

    /// <summary>国务院令310 as revised on 2020-08-07 (legal-rules.md §4.1 gives the revision date; taken as in force that day).</summary>
    public static readonly DateOnly CriminalReferral2020 = new(2020, 8, 7);

    /// <summary>民事诉讼法 2023 amendment (art.205 numbering): in force 2024-01-01. From memory; not in legal-rules.md.</summary>
    public static readonly DateOnly CivilProcedure2023 = new(2024, 1, 1);

    /// <summary>人民调解法: in force 2011-01-01. From memory; not in legal-rules.md.</summary>
    public static readonly DateOnly PeoplesMediationLaw2011 = new(2011, 1, 1);

    /// <summary>最高法 司法确认程序若干规定 (法释〔2011〕5号): in force 2011-03-30. From memory; not in legal-rules.md.</summary>
    public static readonly DateOnly JudicialConfirmation2011 = new(2011, 3, 30);

    /// <summary>投诉举报处理暂行办法 (总局令第20号) art.40: in force 2020-01-01 (checked in LawRefBook/Laws
    /// 部门规章/市场监督管理总局/市场监督管理投诉举报处理暂行办法(2022-03-24).md, the text as amended in 2022).</summary>
    public static readonly DateOnly Complaint2020 = new(2020, 1, 1);

    public static Period WorkingDays(int n) => new(n, PeriodUnit.WorkingDays);

    public static Period Days(int n) => new(n, PeriodUnit.Days);

    public static Period Months(int n) => new(n, PeriodUnit.Months);

    public static Period Hours(int n) => new(n, PeriodUnit.Hours);

    /// <summary>A catalogue entry; the optional parts default to "none", "still in force" and "verified".</summary>
    public static StatutoryPeriod Rule(
        string code,
        string name,
        string startEvent,
        Period period,
        string basis,
        DateOnly effectiveFrom,
        DateOnly? effectiveTo = null,
        StatutoryExtension[]? extensions = null,
        string[]? excluded = null,
        bool verified = true,
        bool beforeEvent = false) =>
        new(code, name, startEvent, period, basis, effectiveFrom, effectiveTo,
            Array.AsReadOnly(extensions ?? []), Array.AsReadOnly(excluded ?? []), verified)
        {
            BeforeEvent = beforeEvent,
        };
}
