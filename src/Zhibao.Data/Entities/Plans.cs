using Zhibao.Domain.Plans;

namespace Zhibao.Data.Entities;

public enum PlanStatus
{
    /// <summary>草稿: being drafted or edited after a copy; no progress is reported on it.</summary>
    Draft,
    /// <summary>已发布.</summary>
    Published,
}

/// <summary>Where a task sits in the plan: 二、重点任务 or 三、工作要求.</summary>
public enum PlanSection
{
    KeyTask,
    Requirement,
}

public enum MeasureStatus
{
    /// <summary>未启动.</summary>
    NotStarted,
    /// <summary>推进中.</summary>
    InProgress,
    /// <summary>已完成: no more reports owed.</summary>
    Completed,
    /// <summary>暂缓: no more reports owed, not appraised as missed.</summary>
    Suspended,
}

public enum ProgressStatus
{
    /// <summary>已报送，待审核.</summary>
    Submitted,
    /// <summary>审核通过.</summary>
    Approved,
    /// <summary>退回修改.</summary>
    Returned,
}

/// <summary>
/// 年度实施方案: one bureau's plan for one year (the seed is 天津市北辰区's 2023 plan). Owned by the bureau, so a city
/// running several districts keeps each district's plans apart; all the bureau's staff read it (三(一) binds every unit).
/// </summary>
public sealed class Plan : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }
    /// <summary>The bureau (区局) whose plan this is.</summary>
    public int OrgUnitId { get; set; }
    public OrgUnit? OrgUnit { get; set; }
    public PlanStatus Status { get; set; }
    /// <summary>The opening paragraph ("为全面贯彻……特制定本工作实施方案。").</summary>
    public string? Preamble { get; set; }
    /// <summary>一、总体要求.</summary>
    public string? GuidingPrinciples { get; set; }
    /// <summary>How often progress is reported on each measure (a setting of the plan).</summary>
    public ProgressCadence Cadence { get; set; }
    public int? CopiedFromId { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedByName { get; set; }
    public DateTime? PublishedAt { get; set; }
    public string? PublishedByName { get; set; }
    public int Version { get; set; }

    public List<PlanTask> Tasks { get; set; } = [];
    public AppraisalScheme? Scheme { get; set; }
}

/// <summary>重点任务 (numbered 1–10 in the seed, under the group headings （一）–（四）) or 工作要求 (（一）–（三）).</summary>
public sealed class PlanTask : IVersioned
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public PlanSection Section { get; set; }
    /// <summary>The heading the task stands under, e.g. "（一）高标准推进执法工作，优化严格保护社会环境".</summary>
    public string? Group { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    /// <summary>The task's paragraph as written in the plan.</summary>
    public string? Text { get; set; }
    public int Version { get; set; }

    public List<PlanMeasure> Measures { get; set; } = [];
}

/// <summary>工作措施: one sentence of a task that asks for an action, with who does it, when, and how it is measured.</summary>
public sealed class PlanMeasure : IVersioned
{
    public int Id { get; set; }
    public int TaskId { get; set; }
    public PlanTask? Task { get; set; }
    public int SortOrder { get; set; }
    public required string Text { get; set; }
    /// <summary>责任部门: a unit of the bureau or an outside body (external unit).</summary>
    public int ResponsibleUnitId { get; set; }
    public OrgUnit? ResponsibleUnit { get; set; }
    /// <summary>责任人 (optional).</summary>
    public int? ResponsiblePersonId { get; set; }
    public User? ResponsiblePerson { get; set; }
    /// <summary>时间安排 as the reader sees it ("每月5日前", "3·15、4·26宣传周期间").</summary>
    public string? TimeFrame { get; set; }
    /// <summary>The structured schedule (<see cref="MeasureSchedule"/> code, e.g. "monthly:5", "day:03-15;week:04-26").</summary>
    public required string Schedule { get; set; }
    public MeasureStatus Status { get; set; }
    /// <summary>权重 in the appraisal.</summary>
    public decimal Weight { get; set; }
    public int Version { get; set; }

    public List<PlanIndicator> Indicators { get; set; } = [];
}

/// <summary>指标绑定: a measure's indicator — a formula (code) over platform data, with its target. Data, edited by administrators.</summary>
public sealed class PlanIndicator : IVersioned
{
    public int Id { get; set; }
    public int MeasureId { get; set; }
    public required string FormulaCode { get; set; }
    /// <summary>Shown instead of the formula's name when set.</summary>
    public string? Name { get; set; }
    public decimal? Target { get; set; }
    public IndicatorComparison? Comparison { get; set; }
    /// <summary>Shown instead of the formula's unit when set.</summary>
    public string? Unit { get; set; }
    public int SortOrder { get; set; }
    public int Version { get; set; }
}

/// <summary>工作进展: what was done on a measure in one period, reviewed by the section head.</summary>
public sealed class ProgressReport : IVersioned
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int MeasureId { get; set; }
    public PlanMeasure? Measure { get; set; }
    /// <summary>"2023-09" or "2023-Q3" (<see cref="ProgressPeriod.Key"/>).</summary>
    public required string PeriodKey { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public required string Text { get; set; }
    public ProgressStatus Status { get; set; }
    public int SubmittedById { get; set; }
    public required string SubmittedByName { get; set; }
    public DateTime SubmittedAt { get; set; }
    public int? ReviewedById { get; set; }
    public string? ReviewedByName { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public string? ReviewComment { get; set; }
    public int Version { get; set; }

    public List<ProgressFigure> Figures { get; set; } = [];
    public List<ProgressAttachment> Attachments { get; set; } = [];
}

/// <summary>A figure reported with the progress ("开展培训 2 场").</summary>
public sealed class ProgressFigure
{
    public int Id { get; set; }
    public int ProgressReportId { get; set; }
    public required string Name { get; set; }
    public decimal Value { get; set; }
    public string? Unit { get; set; }
}

/// <summary>A file attached to a progress report; the content is a <see cref="StoredFile"/>, like case evidence.</summary>
public sealed class ProgressAttachment
{
    public int Id { get; set; }
    public int ProgressReportId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public int StoredFileId { get; set; }
    public StoredFile? StoredFile { get; set; }
    public DateTime UploadedAt { get; set; }
    public required string UploadedByName { get; set; }
}

/// <summary>绩效考核方案 of a plan: the share of the weight per outcome and the bonus points (<see cref="AppraisalRates"/>).</summary>
public sealed class AppraisalScheme : IVersioned
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public decimal MetRate { get; set; }
    public decimal PartlyRate { get; set; }
    public decimal NotMetRate { get; set; }
    public decimal ModelCaseRecommended { get; set; }
    public decimal ModelCaseAdopted { get; set; }
    public decimal TypicalCaseRecommended { get; set; }
    public decimal TypicalCaseAdopted { get; set; }
    public decimal GuidingCaseRecommended { get; set; }
    public decimal GuidingCaseAdopted { get; set; }
    /// <summary>Points per hard case escalated to the city bureau (疑难案件报请市局指导).</summary>
    public decimal DifficultCase { get; set; }
    public decimal BonusCap { get; set; }
    public int Version { get; set; }

    public AppraisalRates Rates => new(MetRate, PartlyRate, NotMetRate, ModelCaseRecommended, ModelCaseAdopted, TypicalCaseRecommended,
        TypicalCaseAdopted, GuidingCaseRecommended, GuidingCaseAdopted, DifficultCase, BonusCap);

    public void Apply(AppraisalRates rates)
    {
        (MetRate, PartlyRate, NotMetRate) = (rates.Met, rates.Partly, rates.NotMet);
        (ModelCaseRecommended, ModelCaseAdopted) = (rates.ModelCaseRecommended, rates.ModelCaseAdopted);
        (TypicalCaseRecommended, TypicalCaseAdopted) = (rates.TypicalCaseRecommended, rates.TypicalCaseAdopted);
        (GuidingCaseRecommended, GuidingCaseAdopted) = (rates.GuidingCaseRecommended, rates.GuidingCaseAdopted);
        (DifficultCase, BonusCap) = (rates.DifficultCase, rates.BonusCap);
    }
}

/// <summary>加分项: a 精品案件, 典型案例 or 指导案例 recommended or adopted, credited to a unit (and a person).</summary>
public sealed class AppraisalBonus
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public BonusKind Kind { get; set; }
    public BonusStage Stage { get; set; }
    public int OrgUnitId { get; set; }
    public int? UserId { get; set; }
    public int? CaseId { get; set; }
    public required string Title { get; set; }
    public DateOnly RecordedOn { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAt { get; set; }
}

/// <summary>考核调整: points a leader adds or takes off a unit's or a person's score, with the reason (audited).</summary>
public sealed class AppraisalAdjustment
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int? OrgUnitId { get; set; }
    public int? UserId { get; set; }
    public decimal Points { get; set; }
    public required string Reason { get; set; }
    public int ById { get; set; }
    public required string ByName { get; set; }
    public DateTime At { get; set; }
}

/// <summary>工作总结 of a plan for a period ("year" or "mid-year"): only the text blocks staff edited are kept here.</summary>
public sealed class WorkSummary : IVersioned
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public required string Period { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedByName { get; set; }
    public int Version { get; set; }

    public List<WorkSummaryBlock> Blocks { get; set; } = [];
}

public sealed class WorkSummaryBlock
{
    public int Id { get; set; }
    public int WorkSummaryId { get; set; }
    /// <summary>"overview", "task:3", "problems", "next-steps" …</summary>
    public required string Key { get; set; }
    public required string Text { get; set; }
}
