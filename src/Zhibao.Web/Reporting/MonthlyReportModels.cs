using Zhibao.Domain.Reporting;
using Zhibao.Web.Platform.Api;

namespace Zhibao.Web.Reporting;

/// <summary>GET /api/reports/monthly/{yyyy-MM}: the report as it stands, its rows, totals and problems, and its history.</summary>
/// <param name="Status">draft, prepared, checked, approved or submitted (of the current version).</param>
/// <param name="Live">True while nothing is prepared: the rows are the cases as they are now.</param>
/// <param name="Version">The concurrency token to send back with an action (0 before the report exists).</param>
/// <param name="OnTime">Whether the first version went in by the due date; null while it is not due and not in.</param>
public sealed record MonthlyReportView(
    string Period, DateOnly DueDate, string Status, string StatusName, bool Live, int? VersionNumber, int Version, string BureauName,
    IReadOnlyList<ReportFieldView> Fields, IReadOnlyList<ReportRowView> Rows, ReportTotals Totals, IReadOnlyList<ReportProblemView> Problems,
    string? Sha256, string? ReceiptNumber, DateTime? SubmittedAt, bool? OnTime, bool DueOnRestDay, IReadOnlyList<string> AllowedActions,
    IReadOnlyList<ReportVersionView> Versions);

public sealed record ReportFieldView(string Code, string Header, bool Required, bool Available);

/// <summary>One case of the report: its values keyed by field code (see <see cref="MonthlyReportView.Fields"/>).</summary>
public sealed record ReportRowView(int CaseId, string Link, ReportCaseKind Kind, string KindName, string? CaseNumber, string Title,
    IReadOnlyDictionary<string, string?> Values);

/// <summary>A problem with the link to fix it at its source (the case page, or last month's report for the carry-over).</summary>
public sealed record ReportProblemView(string Code, string Message, int? CaseId, string? Link);

public sealed record ReportVersionView(
    int Number, string Status, string StatusName, string? CorrectionReason, string? CorrectionKind, string? PreparedByName, DateTime? PreparedAt,
    string? CheckedByName, DateTime? CheckedAt, string? ApprovedByName, DateTime? ApprovedAt, string? SubmittedByName, DateTime? SubmittedAt,
    string? ReceiptNumber, string? Sha256, int? Rows);

/// <summary>POST …/actions/{action}: submit takes receiptNumber, correct takes reason; version (optional) must be current.</summary>
public sealed record ReportActionInput(int? Version = null, string? ReceiptNumber = null, string? Reason = null);

/// <summary>GET /api/reports/monthly?year=: every month of the year that has ended, and the year's indicator.</summary>
public sealed record MonthlyReportYear(int Year, IReadOnlyList<ReportMonthView> Months, ReportIndicator Indicator);

/// <param name="Counted">Whether the month counts in the indicator: from the first month the bureau reported on the platform.</param>
public sealed record ReportMonthView(
    string Period, DateOnly DueDate, string Status, string StatusName, int Versions, DateTime? FirstSubmittedAt, bool? OnTime, bool Late,
    int WrongCorrections, int MissingCorrections, bool Counted);

/// <summary>The outcome of an action: the report, or field errors (400), 403, 404 (no such action), a refusal (409, with the problems when there are).</summary>
public sealed record ReportActionResult(
    MonthlyReportView? Report, FieldErrors Errors, string? Refusal = null, IReadOnlyList<ReportProblemView>? Problems = null, bool Forbidden = false,
    bool NotFound = false)
{
    public IResult ToHttp() => this switch
    {
        { NotFound: true } => Results.Problem(statusCode: 404, title: "未找到", detail: Refusal),
        { Forbidden: true } => Results.Problem(statusCode: 403, title: "无权操作", detail: Refusal),
        { Refusal: { } refusal, Problems: { Count: > 0 } problems } => Results.Problem(statusCode: 409, title: "月报存在问题，不能签批",
            detail: refusal, extensions: new Dictionary<string, object?> { ["problems"] = problems }),
        { Refusal: { } refusal } => Results.Problem(statusCode: 409, title: "当前状态不允许该操作", detail: refusal),
        { Errors.Any: true } => Errors.ToProblem(),
        _ => Results.Ok(Report),
    };
}

/// <summary>A downloadable export of a report.</summary>
public sealed record ReportFile(byte[] Content, string ContentType, string FileName);
