using System.ComponentModel.DataAnnotations;
using Zhibao.Data.Entities;
using Zhibao.Web.Platform.Api;

namespace Zhibao.Web.Satisfaction;

/// <summary>POST /api/cases/{id}/surveys: a single-use link for one party (from the case's parties, or a name).</summary>
public sealed record SurveyLinkInput(
    int? PartyId,
    [property: StringLength(200, ErrorMessage = "被调查人不超过200个字符")] string? PartyName);

/// <summary>POST /api/cases/{id}/surveys/phone: an answer the officer heard on the phone (电话回访).</summary>
public sealed record PhoneSurveyInput(
    int? Score,
    [property: StringLength(SatisfactionRules.MaxCommentLength, ErrorMessage = "意见建议不超过1000个字符")] string? Comment,
    int? PartyId,
    [property: StringLength(200, ErrorMessage = "被调查人不超过200个字符")] string? PartyName);

public sealed record SurveyView(
    int Id, int CaseId, int? PartyId, string? PartyName, SurveyChannel Channel, string ChannelName, string Status, string StatusName,
    DateTime CreatedAt, string CreatedByName, DateTime? ExpiresAt, int? Score, string? ScoreName, string? Comment, DateTime? AnsweredAt,
    string? RecordedByName);

/// <summary>The one time the link (and so the token) is shown: only its hash is kept.</summary>
public sealed record SurveyLinkCreated(SurveyView Survey, string Link, string Url);

public sealed record SurveyPartyOption(int PartyId, string Name, string RoleName);

/// <summary>What the case page's 满意度 section shows.</summary>
public sealed record SurveyPanel(
    int CaseId, bool IsClosed, string StatusName, IReadOnlyList<SurveyPartyOption> Parties, IReadOnlyList<SurveyView> Surveys);

/// <summary>The outcome of a survey use case: a value, field errors (400), a refusal (409) or not found (404).</summary>
public sealed record SurveyResult<T>(T? Value, FieldErrors Errors, bool NotFound = false, string? Refusal = null) where T : class
{
    public IResult ToHttp(Func<T, IResult> ok) => this switch
    {
        { NotFound: true } => Results.Problem(statusCode: 404, title: "未找到", detail: "案件不存在或不在您的数据权限范围内"),
        { Refusal: { } refusal } => Results.Problem(statusCode: 409, title: "当前状态不允许该操作", detail: refusal),
        { Errors.Any: true } => Errors.ToProblem(),
        _ => ok(Value!),
    };
}

/// <summary>GET /api/satisfaction/stats?year=&amp;unitId= (the unit with the units below it).</summary>
public sealed record SatisfactionStatsQuery(int? Year, int? UnitId);

/// <summary>
/// One line of the statistics: surveys made (链接 and 电话), answered, average score, share of 4–5 (满意率, %) and the
/// number of answers per score, <c>Distribution[0]</c> being 1分.
/// </summary>
public sealed record SatisfactionStatsRow(
    string Dimension, string Key, string Name, int Surveys, int Answered, double? AverageScore, double? SatisfiedRate,
    IReadOnlyList<int> Distribution);

public sealed record SatisfactionStats(
    int Year, int? UnitId, SatisfactionStatsRow Total, IReadOnlyList<SatisfactionStatsRow> ByUnit, IReadOnlyList<SatisfactionStatsRow> ByKind,
    IReadOnlyList<SatisfactionStatsRow> ByPath);

/// <summary>What the public survey page may show: never the parties' data, only the case title and the handling unit.</summary>
public enum SurveyLinkState
{
    Open,
    Unknown,
    Used,
    Expired,
}

public sealed record PublicSurvey(SurveyLinkState State, string? CaseTitle, string? UnitName, DateTime? ExpiresAt);
