using Zhibao.Domain.Reporting;
using static Zhibao.Domain.Tests.Reporting.ReportSamples;

namespace Zhibao.Domain.Tests.Reporting;

public class NationalReportWorkflowTests
{
    [Theory]
    [InlineData(NationalReportStatus.Draft, NationalReportAction.Prepare, true)]
    [InlineData(NationalReportStatus.Prepared, NationalReportAction.Prepare, true)]   // regenerate after fixing a case
    [InlineData(NationalReportStatus.Approved, NationalReportAction.Prepare, true)]   // regenerating drops the sign-off
    [InlineData(NationalReportStatus.Submitted, NationalReportAction.Prepare, false)] // the submitted snapshot is final
    [InlineData(NationalReportStatus.Draft, NationalReportAction.Check, false)]
    [InlineData(NationalReportStatus.Prepared, NationalReportAction.Check, true)]
    [InlineData(NationalReportStatus.Prepared, NationalReportAction.Approve, false)]  // no approval before the check
    [InlineData(NationalReportStatus.Checked, NationalReportAction.Approve, true)]
    [InlineData(NationalReportStatus.Checked, NationalReportAction.Submit, false)]
    [InlineData(NationalReportStatus.Approved, NationalReportAction.Submit, true)]
    [InlineData(NationalReportStatus.Approved, NationalReportAction.Correct, false)]
    [InlineData(NationalReportStatus.Submitted, NationalReportAction.Correct, true)]
    [InlineData(NationalReportStatus.Submitted, NationalReportAction.Submit, false)]
    public void Sign_off_goes_prepare_check_approve_submit(NationalReportStatus status, NationalReportAction action, bool allowed)
    {
        var refusal = NationalReportWorkflow.Refusal(status, action);

        Assert.Equal(allowed, refusal is null);
        if (refusal is not null)
        {
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", refusal);
        }
    }

    [Fact]
    public void Action_names_read_back() =>
        Assert.All(Enum.GetValues<NationalReportAction>(), a => Assert.Equal(a, NationalReportWorkflow.ParseAction(NationalReportWorkflow.ApiName(a))));

    [Fact]
    public void A_snapshot_reads_back_equal_and_hashes_the_same_every_time()
    {
        var rows = new[] { Dispute(1), Counterfeit(2, closed: "2023-10-31"), Mediation(3) };
        var snapshot = new ReportSnapshot("2023-10", 1, "天津市北辰区市场监督管理局", October.DueDate(), ReportLayout.Default.Fields, rows, TotalsOf(rows));

        var json = snapshot.ToJson();
        var back = ReportSnapshot.FromJson(json);

        Assert.Equal(json, back.ToJson());
        Assert.Equal(ReportSnapshot.Sha256(json), ReportSnapshot.Sha256(back.ToJson()));
        Assert.Equal(rows, back.Cases);
        Assert.Equal(64, ReportSnapshot.Sha256(json).Length);
        Assert.Contains("北辰区某车行", json);            // Chinese kept as text
        Assert.Contains("\"kind\":\"patentDispute\"", json);
        Assert.DoesNotContain("label", json, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(ReportValidation.Validate(October, back.Layout, back.Cases, back.Totals));
    }
}
