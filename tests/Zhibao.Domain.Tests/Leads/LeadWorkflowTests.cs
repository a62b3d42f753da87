using Zhibao.Domain.Leads;
using S = Zhibao.Domain.Leads.LeadStatus;
using A = Zhibao.Domain.Leads.LeadAction;
using R = Zhibao.Domain.Leads.LeadResult;

namespace Zhibao.Domain.Tests.Leads;

public class LeadWorkflowTests
{
    /// <summary>Every allowed (status, action) with the result and link it needs, and the status after it.</summary>
    public static TheoryData<S, A, R?, bool, S> Allowed => new()
    {
        { S.Received, A.Assign, null, false, S.Assigned },
        { S.Assigned, A.Assign, null, false, S.Assigned },
        { S.Assigned, A.Check, null, false, S.Checked },
        { S.Checked, A.Check, R.NotConfirmed, false, S.Checked },
        { S.Checked, A.Report, R.Confirmed, false, S.Reported },
        { S.Checked, A.Convert, R.Confirmed, false, S.Checked },
        { S.Reported, A.Convert, R.Confirmed, false, S.Reported },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Allowed_actions_move_the_lead_on(S from, A action, R? result, bool converted, S to)
    {
        Assert.Null(LeadWorkflow.Refusal(from, action, result, converted));
        Assert.Equal(to, LeadWorkflow.Next(from, action));
        Assert.Contains(action, LeadWorkflow.Allowed(from, result, converted));
    }

    [Theory]
    [InlineData(S.Received, A.Check, null, false, "尚未分派")]
    [InlineData(S.Received, A.Report, null, false, "尚未核查")]
    [InlineData(S.Assigned, A.Report, null, false, "尚未核查")]
    [InlineData(S.Reported, A.Report, R.Confirmed, false, "不能重复反馈")]
    [InlineData(S.Checked, A.Assign, R.Confirmed, false, "不能再分派")]
    [InlineData(S.Reported, A.Check, R.Confirmed, false, "不能再修改")]
    [InlineData(S.Assigned, A.Convert, null, false, "尚未核查")]
    [InlineData(S.Checked, A.Convert, R.NotConfirmed, false, "核查属实")]
    [InlineData(S.Reported, A.Convert, R.Transferred, false, "核查属实")]
    [InlineData(S.Reported, A.Convert, R.Confirmed, true, "不能重复转立")]
    public void Refused_actions_say_why_in_Chinese(S from, A action, R? result, bool converted, string reason)
    {
        Assert.Contains(reason, LeadWorkflow.Refusal(from, action, result, converted));
        Assert.DoesNotContain(action, LeadWorkflow.Allowed(from, result, converted));
    }

    [Fact]
    public void Patent_leads_cite_the_eight_categories_of_order_77_and_trademark_leads_the_grounds_of_order_17()
    {
        Assert.Equal(8, LeadCategories.For(LeadKind.AbnormalPatentApplication).Count);
        Assert.All(LeadCategories.AbnormalPatent.Select((c, i) => (c, i)), x =>
        {
            Assert.Equal($"P{x.i + 1}", x.c.Code);
            Assert.Contains("国家知识产权局令第77号", x.c.Basis);
            Assert.Contains("第三条", x.c.Basis);
        });
        Assert.All(LeadCategories.MaliciousTrademark, c => Assert.Contains("总局令第17号", c.Basis));
        Assert.Equal(6, LeadCategories.MaliciousTrademark.Count(c => c.Basis.Contains("第三条", StringComparison.Ordinal)));
        Assert.Empty(LeadCategories.For(LeadKind.Complaint));
    }

    [Fact]
    public void Categories_are_stored_in_catalogue_order_and_unknown_codes_are_dropped()
    {
        Assert.Equal("P1,P5", LeadCategories.Join(LeadKind.AbnormalPatentApplication, ["p5", " P1 ", "T1"]));
        Assert.Null(LeadCategories.Join(LeadKind.AbnormalPatentApplication, []));
        Assert.Equal(["T2", "A1"], LeadCategories.Parse(LeadKind.MaliciousTrademarkApplication, "T2,A1").Select(c => c.Code));
    }

    [Theory]
    [InlineData(LeadKind.AbnormalPatentApplication, "非正常专利申请", "上级交办")]
    [InlineData(LeadKind.MaliciousTrademarkApplication, "恶意商标注册", "上级交办")]
    public void A_converted_lead_proposes_its_subject_and_case_source(LeadKind kind, string subject, string source)
    {
        Assert.Equal(subject, LeadWorkflow.DefaultSubject(kind));
        Assert.Equal(source, LeadWorkflow.CaseSource(kind));
    }
}
