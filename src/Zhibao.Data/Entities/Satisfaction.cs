namespace Zhibao.Data.Entities;

/// <summary>How a satisfaction answer reaches the bureau.</summary>
public enum SurveyChannel
{
    /// <summary>链接: a single-use link the party opens without an account.</summary>
    Link,
    /// <summary>电话: the officer calls the party and records the answer.</summary>
    Phone,
}

/// <summary>
/// 满意度调查: one party's 1–5 score and comment on a closed case. A link survey keeps only the SHA-256 of its token
/// (the token itself is shown once); it belongs to the case's unit through <see cref="Case"/>, so the case's data scope
/// applies to it.
/// </summary>
public sealed class SatisfactionSurvey : IVersioned
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public Case? Case { get; set; }
    /// <summary>The party from the registry (当事人名录) the survey is for, when chosen.</summary>
    public int? PartyId { get; set; }
    public Party? Party { get; set; }
    /// <summary>Who was asked, as named when the survey was made (a registry party's name or a free name).</summary>
    public string? PartyName { get; set; }
    public SurveyChannel Channel { get; set; }
    /// <summary>Lower-case hex SHA-256 of the link token; null for a phone survey.</summary>
    public string? TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public int? CreatedById { get; set; }
    public required string CreatedByName { get; set; }
    /// <summary>The link stops working at this instant (setting Satisfaction.LinkValidDays).</summary>
    public DateTime? ExpiresAt { get; set; }
    /// <summary>1 (很不满意) to 5 (很满意); null until answered.</summary>
    public int? Score { get; set; }
    public string? Comment { get; set; }
    public DateTime? AnsweredAt { get; set; }
    /// <summary>The officer who recorded a phone answer.</summary>
    public int? RecordedById { get; set; }
    public string? RecordedByName { get; set; }
    public int Version { get; set; }
}
