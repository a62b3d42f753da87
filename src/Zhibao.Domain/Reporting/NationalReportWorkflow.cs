namespace Zhibao.Domain.Reporting;

/// <summary>Where a version of the monthly report stands: prepared by → checked by → approved by → submitted.</summary>
public enum NationalReportStatus
{
    /// <summary>未生成: the page shows the cases as they are now.</summary>
    Draft,
    /// <summary>已生成: the rows and totals are frozen.</summary>
    Prepared,
    /// <summary>已审核 (知识产权科负责人).</summary>
    Checked,
    /// <summary>已审批 (局领导).</summary>
    Approved,
    /// <summary>已报送: uploaded to the national system, receipt number recorded; the snapshot is final.</summary>
    Submitted,
}

public enum NationalReportAction
{
    Prepare,
    Check,
    Approve,
    Submit,
    /// <summary>更正: after submission, opens a new version with the reason; the submitted one stays in the history.</summary>
    Correct,
}

/// <summary>The report defects the year's indicator counts (GLOSSARY: 迟报 / 错报 / 漏报).</summary>
public enum ReportDefect
{
    Late,
    Wrong,
    Missing,
}

/// <summary>The sign-off of a monthly report as a table of (status, action) → next status or refusal.</summary>
public static class NationalReportWorkflow
{
    /// <summary>Null when allowed; otherwise why not, in Chinese.</summary>
    public static string? Refusal(NationalReportStatus status, NationalReportAction action) => (status, action) switch
    {
        (NationalReportStatus.Submitted, NationalReportAction.Prepare) => "该版本已报送，内容不可再变；如需更正，请先登记更正（说明原因）",
        (_, NationalReportAction.Prepare) => null,
        (NationalReportStatus.Prepared, NationalReportAction.Check) => null,
        (NationalReportStatus.Checked, NationalReportAction.Approve) => null,
        (NationalReportStatus.Approved, NationalReportAction.Submit) => null,
        (NationalReportStatus.Submitted, NationalReportAction.Correct) => null,
        (_, NationalReportAction.Correct) => "只有已报送的月报才需要更正；未报送前请直接重新生成",
        _ => $"月报当前状态为“{Name(status)}”，不能{Name(action)}（顺序：生成 → 审核 → 审批 → 报送）",
    };

    public static NationalReportStatus Next(NationalReportAction action) => action switch
    {
        NationalReportAction.Prepare => NationalReportStatus.Prepared,
        NationalReportAction.Check => NationalReportStatus.Checked,
        NationalReportAction.Approve => NationalReportStatus.Approved,
        NationalReportAction.Submit => NationalReportStatus.Submitted,
        NationalReportAction.Correct => NationalReportStatus.Draft,
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    public static IReadOnlyList<NationalReportAction> Allowed(NationalReportStatus status) =>
        Enum.GetValues<NationalReportAction>().Where(a => Refusal(status, a) is null).ToList();

    public static string Name(NationalReportStatus status) => status switch
    {
        NationalReportStatus.Draft => "未生成",
        NationalReportStatus.Prepared => "已生成",
        NationalReportStatus.Checked => "已审核",
        NationalReportStatus.Approved => "已审批",
        NationalReportStatus.Submitted => "已报送",
        _ => status.ToString(),
    };

    public static string Name(NationalReportAction action) => action switch
    {
        NationalReportAction.Prepare => "生成",
        NationalReportAction.Check => "审核",
        NationalReportAction.Approve => "审批",
        NationalReportAction.Submit => "报送",
        NationalReportAction.Correct => "更正",
        _ => action.ToString(),
    };

    public static string Name(ReportDefect defect) => defect switch
    {
        ReportDefect.Late => "迟报",
        ReportDefect.Wrong => "错报",
        ReportDefect.Missing => "漏报",
        _ => defect.ToString(),
    };

    /// <summary>"draft", "prepared" …: the status as the API names it.</summary>
    public static string ApiName(NationalReportStatus status) => status.ToString().ToLowerInvariant();

    public static string ApiName(NationalReportAction action) => action.ToString().ToLowerInvariant();

    public static NationalReportAction? ParseAction(string? name) =>
        Enum.GetValues<NationalReportAction>().Cast<NationalReportAction?>().FirstOrDefault(a => ApiName(a!.Value) == name);
}
