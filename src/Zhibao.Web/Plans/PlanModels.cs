using System.ComponentModel.DataAnnotations;
using Zhibao.Data.Entities;
using Zhibao.Domain.Plans;
using Zhibao.Web.Platform.Api;

namespace Zhibao.Web.Plans;

/// <summary>GET /api/plans: one line per plan the caller may read.</summary>
public sealed record PlanRow(
    int Id, int Year, string Title, int OrgUnitId, string OrgUnitName, PlanStatus Status, string StatusName, ProgressCadence Cadence,
    int Tasks, int Measures, int Indicators, DateTime? PublishedAt, int? CopiedFromId, int Version);

/// <summary>GET /api/plans/{id}: the tree with every indicator's live value against its target, and the colours.</summary>
public sealed record PlanDetail(
    int Id, int Year, string Title, int OrgUnitId, string OrgUnitName, PlanStatus Status, string StatusName, string? Preamble,
    string? GuidingPrinciples, ProgressCadence Cadence, string CadenceName, DateOnly AsOf, string? LastPeriodKey, string? LastPeriodName,
    DateOnly? LastPeriodDueOn, int? CopiedFromId, DateTime? PublishedAt, string? PublishedByName, int Version,
    IReadOnlyList<TaskView> Tasks, RagCounts Measures, PlanPermissions Can);

public sealed record TaskView(
    int Id, PlanSection Section, string SectionName, string? Group, int Number, string Heading, string Title, string? Text, Rag Rag,
    int Version, IReadOnlyList<MeasureView> Measures);

public sealed record MeasureView(
    int Id, int TaskId, int SortOrder, string Text, int ResponsibleUnitId, string ResponsibleUnitName, bool ResponsibleUnitIsExternal,
    int? ResponsiblePersonId, string? ResponsiblePersonName, string? TimeFrame, string Schedule, string ScheduleText, MeasureStatus Status,
    string StatusName, decimal Weight, Rag Rag, string RagName, ProgressSummary Progress, IReadOnlyList<IndicatorView> Indicators,
    bool CanReport, int Version);

/// <summary>The report on the past period (<see cref="PeriodKey"/>), and how many reports are owed (due day passed) and approved.</summary>
public sealed record ProgressSummary(
    string? PeriodKey, string? PeriodName, DateOnly? DueOn, ProgressState State, string StateName, Rag Rag, int Owed, int Approved);

public sealed record IndicatorView(
    int Id, int MeasureId, string FormulaCode, string Name, string Unit, bool Connected, decimal? Value, string Display, decimal? Target,
    IndicatorComparison? Comparison, string? TargetText, IndicatorNature Nature, IndicatorOutcome Outcome, Rag Rag, string RagName, string? Note,
    IReadOnlyList<string> Evidence, int SortOrder, int Version);

public sealed record RagCounts(int Green, int Amber, int Red, int Grey);

/// <summary>What the caller may do on this plan (the page shows its buttons from it).</summary>
public sealed record PlanPermissions(bool Edit, bool Review, bool Appraise);

/// <summary>GET /api/plans/formulas.</summary>
public sealed record FormulaView(string Code, string Name, string Unit, IndicatorNature Nature, string Source, bool Connected);

public sealed record PlanEditInput(
    [property: Required(ErrorMessage = "请输入方案名称"), StringLength(200, ErrorMessage = "方案名称不超过200个字符")] string? Title,
    [property: StringLength(4000, ErrorMessage = "引言不超过4000个字符")] string? Preamble,
    [property: StringLength(8000, ErrorMessage = "总体要求不超过8000个字符")] string? GuidingPrinciples,
    ProgressCadence? Cadence,
    int Version);

public sealed record TaskInput(
    PlanSection? Section,
    [property: StringLength(200, ErrorMessage = "分组标题不超过200个字符")] string? Group,
    int? Number,
    [property: Required(ErrorMessage = "请输入任务名称"), StringLength(200, ErrorMessage = "任务名称不超过200个字符")] string? Title,
    [property: StringLength(4000, ErrorMessage = "任务内容不超过4000个字符")] string? Text,
    int Version = 0);

public sealed record MeasureInput(
    [property: Required(ErrorMessage = "请输入工作措施"), StringLength(1000, ErrorMessage = "工作措施不超过1000个字符")] string? Text,
    int? ResponsibleUnitId,
    int? ResponsiblePersonId,
    [property: StringLength(100, ErrorMessage = "时间安排不超过100个字符")] string? TimeFrame,
    string? Schedule,
    MeasureStatus? Status,
    decimal? Weight,
    int? SortOrder,
    int Version = 0);

public sealed record IndicatorInput(
    string? FormulaCode,
    [property: StringLength(100, ErrorMessage = "指标名称不超过100个字符")] string? Name,
    decimal? Target,
    IndicatorComparison? Comparison,
    [property: StringLength(20, ErrorMessage = "单位不超过20个字符")] string? Unit,
    int? SortOrder,
    int Version = 0);

public sealed record VersionInput(int Version);

/// <summary>POST /api/plans/{id}/copy: the new year, and optionally another bureau (a city copying a district's plan) and title.</summary>
public sealed record CopyInput(
    int? Year,
    int? OrgUnitId,
    [property: StringLength(200, ErrorMessage = "方案名称不超过200个字符")] string? Title);

/// <summary>GET /api/plans/compare?ids=1,2: each formula bound in any of the plans, with its value per plan.</summary>
public sealed record PlanComparison(IReadOnlyList<PlanRow> Plans, IReadOnlyList<ComparisonRow> Rows);

public sealed record ComparisonRow(string FormulaCode, string Name, string Unit, IReadOnlyList<ComparisonCell?> Values);

public sealed record ComparisonCell(int PlanId, int Year, DateOnly AsOf, decimal? Value, string Display, string? TargetText, Rag Rag, string? Note);

/// <summary>The outcome of a plan use case: a value, field errors (400), not found (404), not allowed (403) or a refusal (409).</summary>
public sealed record PlanResult<T>(T? Value, FieldErrors Errors, bool NotFound = false, string? Conflict = null, string? Denied = null) where T : class
{
    public IResult ToHttp(Func<T, IResult>? ok = null) => this switch
    {
        { NotFound: true } => Results.Problem(statusCode: 404, title: "未找到", detail: "实施方案或其内容不存在，或不在您的数据权限范围内"),
        { Denied: { } reason } => Results.Problem(statusCode: 403, title: "无权执行此操作", detail: reason),
        { Conflict: { } reason } => Results.Problem(statusCode: 409, title: "当前状态不允许该操作", detail: reason),
        { Errors.Any: true } => Errors.ToProblem(),
        _ => ok?.Invoke(Value!) ?? Results.Ok(Value),
    };
}

/// <summary>POST /api/plans/{id}/measures/{measureId}/progress: the report on one period ("2023-09" or "2023-Q3").</summary>
public sealed record ProgressInput(
    string? Period,
    [property: Required(ErrorMessage = "请填写工作进展"), StringLength(4000, ErrorMessage = "工作进展不超过4000个字符")] string? Text,
    List<FigureInput>? Figures,
    /// <summary>The version of the report being corrected (a returned or not yet reviewed one); omitted for a new report.</summary>
    int? Version);

public sealed record FigureInput(string? Name, decimal? Value, string? Unit);

/// <summary>POST /api/plans/{id}/progress/{progressId}/review: approve or return (a return needs a comment).</summary>
public sealed record ReviewInput(string? Decision, string? Comment, int Version);

public sealed record ProgressView(
    int Id, int PlanId, int MeasureId, string MeasureText, string ResponsibleUnitName, string PeriodKey, string PeriodName, string Text,
    ProgressStatus Status, string StatusName, string SubmittedByName, DateTime SubmittedAt, string? ReviewedByName, DateTime? ReviewedAt,
    string? ReviewComment, IReadOnlyList<FigureView> Figures, IReadOnlyList<ProgressAttachmentView> Attachments, int Version);

public sealed record FigureView(string Name, decimal Value, string? Unit);

public sealed record ProgressAttachmentView(int Id, string FileName, string ContentType, long Size, string Sha256, DateTime UploadedAt, string UploadedByName);

public sealed record PeriodOption(string Key, string Name, DateOnly DueOn);

/// <summary>A measure's reports, the periods a report may be written for, and whether the caller may report.</summary>
public sealed record MeasureProgress(int PlanId, int MeasureId, string MeasureText, bool CanReport, IReadOnlyList<PeriodOption> Periods, IReadOnlyList<ProgressView> Reports);

/// <summary>GET /api/plans/{id}/appraisal: scores per unit and per person with the evidence behind each point.</summary>
public sealed record AppraisalView(
    int PlanId, int Year, DateOnly AsOf, AppraisalRates Rates, IReadOnlyList<AppraisalScore> Units, IReadOnlyList<AppraisalScore> Persons,
    IReadOnlyList<BonusView> Bonuses, IReadOnlyList<AdjustmentView> Adjustments, int SchemeVersion);

/// <summary>
/// One unit's or person's score: 基础分 (points over the weights of the measures assessed, out of 100), 加分 (bonus items and
/// hard cases escalated, capped), 调整 (leaders', with reasons) and 总分.
/// </summary>
public sealed record AppraisalScore(
    string Kind, int Id, string Name, string? UnitName, decimal Earned, decimal Maximum, decimal? BasePercent, IReadOnlyList<MeasureScore> Measures,
    IReadOnlyList<BonusView> Bonuses, int DifficultCases, IReadOnlyList<string> DifficultEvidence, decimal BonusRaw, decimal Bonus,
    IReadOnlyList<AdjustmentView> Adjustments, decimal Adjustment, decimal Total);

public sealed record MeasureScore(
    int MeasureId, string Task, string Text, decimal Weight, MeasureOutcome Outcome, string OutcomeName, decimal Score, IReadOnlyList<string> Evidence);

public sealed record BonusView(
    int Id, BonusKind Kind, string KindName, BonusStage Stage, string StageName, int OrgUnitId, string UnitName, int? UserId, string? UserName,
    int? CaseId, string? CaseNumber, string Title, decimal Points, DateOnly RecordedOn, string RecordedByName);

public sealed record AdjustmentView(int Id, int? OrgUnitId, int? UserId, string TargetName, decimal Points, string Reason, string ByName, DateTime At);

/// <summary>PUT /api/plans/{id}/appraisal/scheme: shares of the weight (0–1) and bonus points.</summary>
public sealed record SchemeInput(
    decimal? Met, decimal? Partly, decimal? NotMet, decimal? ModelCaseRecommended, decimal? ModelCaseAdopted, decimal? TypicalCaseRecommended,
    decimal? TypicalCaseAdopted, decimal? GuidingCaseRecommended, decimal? GuidingCaseAdopted, decimal? DifficultCase, decimal? BonusCap, int Version);

/// <summary>POST /api/plans/{id}/appraisal/adjustments: a unit's or a person's score up or down, with the reason.</summary>
public sealed record AdjustmentInput(int? OrgUnitId, int? UserId, decimal? Points, string? Reason);

/// <summary>POST /api/plans/{id}/appraisal/bonuses: a 精品案件 / 典型案例 / 指导案例 recommended or adopted (三(二)).</summary>
public sealed record BonusInput(BonusKind? Kind, BonusStage? Stage, int? OrgUnitId, int? UserId, int? CaseId, string? Title, DateOnly? RecordedOn);

/// <summary>GET /api/plans/{id}/summaries/{period}: the work summary's text blocks, pre-filled from data, edited ones kept.</summary>
public sealed record SummaryView(
    int PlanId, string Period, string PeriodName, string Title, string Issuer, DateOnly AsOf, IReadOnlyList<SummaryBlock> Blocks,
    DateTime? UpdatedAt, string? UpdatedByName, int Version);

/// <summary>
/// One editable block: its text (edited, or generated from approved progress and indicators), the generated text to go
/// back to, and the facts printed after it that are not edited (indicator values).
/// </summary>
public sealed record SummaryBlock(string Key, string Section, string Title, string Text, string GeneratedText, bool Edited, IReadOnlyList<string> Facts);

/// <summary>PUT /api/plans/{id}/summaries/{period}: blocks by key; an empty text goes back to the generated one.</summary>
public sealed record SummaryInput(List<SummaryBlockInput>? Blocks, int Version);

public sealed record SummaryBlockInput(string? Key, string? Text);

public static class PlanResult
{
    public static PlanResult<T> Ok<T>(T value) where T : class => new(value, new FieldErrors());

    public static PlanResult<T> Invalid<T>(FieldErrors errors) where T : class => new(null, errors);

    public static PlanResult<T> Missing<T>() where T : class => new(null, new FieldErrors(), NotFound: true);

    public static PlanResult<T> Refused<T>(string reason) where T : class => new(null, new FieldErrors(), Conflict: reason);

    public static PlanResult<T> Forbidden<T>(string reason) where T : class => new(null, new FieldErrors(), Denied: reason);
}
