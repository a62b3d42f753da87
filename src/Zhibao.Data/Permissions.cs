namespace Zhibao.Data;

/// <summary>
/// Permission codes granted to roles (stored as role claims of type <see cref="ClaimType"/>).
/// Endpoints and menus require a code; modules add their own codes here as they land.
/// </summary>
public static class Permissions
{
    public const string ClaimType = "permission";

    public const string OrgView = "system.org.view";
    public const string OrgEdit = "system.org.edit";
    public const string UserView = "system.user.view";
    public const string UserEdit = "system.user.edit";
    public const string RoleView = "system.role.view";
    public const string RoleEdit = "system.role.edit";
    public const string DictionaryView = "system.dict.view";
    public const string DictionaryEdit = "system.dict.edit";
    public const string SettingView = "system.setting.view";
    public const string SettingEdit = "system.setting.edit";
    public const string CalendarEdit = "system.calendar.edit";
    public const string LogView = "system.log.view";
    public const string CaseView = "case.view";
    public const string CaseHandle = "case.handle";
    public const string CaseApprove = "case.approve";
    public const string CaseLegalReview = "case.legal-review";
    public const string ReferralApprove = "case.referral-approve";
    public const string IdentityNumberView = "party.id-number.view";
    /// <summary>举报人身份 (name, ID number, phone, address of a reporter): confidential under the 投诉举报处理暂行办法.</summary>
    public const string InformantView = "intake.informant.view";
    public const string DocumentTemplateEdit = "document.template.edit";
    public const string RegistryView = "registry.view";
    public const string RegistryEdit = "registry.edit";
    public const string ReportView = "report.view";
    public const string ReportPrepare = "report.prepare";
    public const string ReportCheck = "report.check";
    public const string ReportApprove = "report.approve";
    public const string PublicityView = "publicity.view";
    public const string PublicityEdit = "publicity.edit";
    public const string PublicityApprove = "publicity.approve";
    public const string PlanView = "plan.view";
    public const string PlanEdit = "plan.edit";
    public const string PlanReport = "plan.report";
    public const string PlanReview = "plan.review";
    public const string PlanAppraise = "plan.appraise";
    public const string CollaborationView = "collaboration.view";
    public const string CollaborationEdit = "collaboration.edit";
    /// <summary>
    /// 协作单位: reads only what is shared with the user's own unit (entrusted cases, requests it sends or receives, joint
    /// operations it takes part in) and adds material, replies and results to them (CLARIFICATIONS “Partner access”, ADR 0012).
    /// </summary>
    public const string CollaborationPartner = "collaboration.partner";

    /// <summary>Every code with its Chinese name, in menu order: the role editor lists these.</summary>
    public static readonly IReadOnlyList<(string Code, string Name, string Group)> All =
    [
        (OrgView, "查看组织机构", "系统管理"),
        (OrgEdit, "维护组织机构", "系统管理"),
        (UserView, "查看用户", "系统管理"),
        (UserEdit, "维护用户", "系统管理"),
        (RoleView, "查看角色", "系统管理"),
        (RoleEdit, "维护角色与权限", "系统管理"),
        (DictionaryView, "查看数据字典", "系统管理"),
        (DictionaryEdit, "维护数据字典", "系统管理"),
        (SettingView, "查看系统设置", "系统管理"),
        (SettingEdit, "修改系统设置", "系统管理"),
        (CalendarEdit, "维护节假日日历", "系统管理"),
        (LogView, "查看操作与登录日志", "系统管理"),
        (CaseView, "查看案件", "案件办理"),
        (CaseHandle, "办理案件（登记、立案申请、调查、告知、送达等）", "案件办理"),
        (CaseApprove, "审批案件（立案、不予立案、延期、处罚决定、结案）", "案件办理"),
        (CaseLegalReview, "案件审核 / 法制审核", "案件办理"),
        (ReferralApprove, "批准涉嫌犯罪案件移送（正职负责人）", "案件办理"),
        (IdentityNumberView, "查看完整身份证号码", "案件办理"),
        (InformantView, "查看举报人身份信息（姓名、证件号码、联系方式）", "案件办理"),
        (DocumentTemplateEdit, "维护文书模板", "案件办理"),
        (RegistryView, "查看执法人员与当事人名录", "名录"),
        (RegistryEdit, "维护执法人员与当事人名录", "名录"),
        (ReportView, "查看专利执法月报", "统计报表"),
        (ReportPrepare, "生成、报送与更正专利执法月报（填报人）", "统计报表"),
        (ReportCheck, "审核专利执法月报（知识产权科负责人）", "统计报表"),
        (ReportApprove, "审批专利执法月报（局领导）", "统计报表"),
        (PublicityView, "查看宣传活动、典型案例与媒体报道", "宣传"),
        (PublicityEdit, "登记宣传活动、起草典型案例、登记媒体报道", "宣传"),
        (PublicityApprove, "审核典型案例（知识产权科负责人、局领导）", "宣传"),
        (PlanView, "查看年度实施方案、指标与考核", "年度实施方案"),
        (PlanEdit, "编制、修改、发布年度实施方案（任务、措施、指标绑定、考核方案、工作总结）", "年度实施方案"),
        (PlanReport, "报送工作进展（本人或本单位负责的措施）", "年度实施方案"),
        (PlanReview, "审核工作进展（科室负责人）", "年度实施方案"),
        (PlanAppraise, "调整考核得分（局领导，须填写理由）", "年度实施方案"),
        (CollaborationView, "查看联合执法、协作请求、委托执法与协调会", "协作"),
        (CollaborationEdit, "登记、维护联合执法、协作请求、委托执法与协调会", "协作"),
        (CollaborationPartner, "协作单位：查看与本单位共享的事项，补充材料、答复与结果", "协作"),
    ];

    public static bool IsKnown(string code) => All.Any(p => p.Code == code);
}

/// <summary>Built-in role names (Chinese, as users see them; the seed and tests refer to them).</summary>
public static class BuiltInRoles
{
    public const string Administrator = "系统管理员";
    public const string IpSection = "知识产权科";
    public const string Officer = "执法人员";
    public const string LegalReviewer = "法制审核";
    public const string Leader = "局领导";
    public const string Partner = "协作单位";
    public const string ReadOnly = "只读";
    public const string UnitAdministrator = "单位管理员";
}
