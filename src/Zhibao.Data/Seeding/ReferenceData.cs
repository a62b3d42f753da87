using Zhibao.Data.Entities;

namespace Zhibao.Data.Seeding;

/// <summary>Roles, dictionaries and settings every installation starts with; staff edit them afterwards.</summary>
internal static class ReferenceData
{
    private static readonly string[] ViewAll =
    [
        Permissions.OrgView, Permissions.UserView, Permissions.RoleView, Permissions.DictionaryView,
        Permissions.SettingView, Permissions.LogView,
    ];

    private static readonly string[] CaseWork = [Permissions.CaseView, Permissions.CaseHandle, Permissions.RegistryView];

    /// <summary>知识产权科 prepares, submits and checks the monthly report (the section head checks); 局领导 approves.</summary>
    private static readonly string[] MonthlyReportWork = [Permissions.ReportView, Permissions.ReportPrepare, Permissions.ReportCheck];
    private static readonly string[] PublicityWork = [Permissions.PublicityView, Permissions.PublicityEdit];
    /// <summary>Reading the plan and reporting progress on one's own measures (三(一): every unit implements the plan).</summary>
    private static readonly string[] PlanWork = [Permissions.PlanView, Permissions.PlanReport];
    private static readonly string[] CollaborationWork = [Permissions.CollaborationView, Permissions.CollaborationEdit];

    public static readonly (string Name, string Description, DataScopeKind Scope, string[] Permissions)[] Roles =
    [
        (BuiltInRoles.Administrator, "系统管理员：维护组织、用户、角色、字典、设置与日历", DataScopeKind.All, Data.Permissions.All.Select(p => p.Code).ToArray()),
        (BuiltInRoles.IpSection, "知识产权科：业务主管科室，查看全局数据，维护数据字典", DataScopeKind.All, [.. ViewAll, Data.Permissions.DictionaryEdit, Data.Permissions.CalendarEdit, .. CaseWork, Data.Permissions.CaseApprove, Data.Permissions.IdentityNumberView, Data.Permissions.InformantView, Data.Permissions.DocumentTemplateEdit, Data.Permissions.RegistryEdit, .. MonthlyReportWork, .. PublicityWork, Data.Permissions.PublicityApprove, .. PlanWork, Data.Permissions.PlanEdit, Data.Permissions.PlanReview, .. CollaborationWork]),
        (BuiltInRoles.Officer, "执法人员：办理本单位案件", DataScopeKind.UnitAndBelow, [.. CaseWork, .. PublicityWork, .. PlanWork, .. CollaborationWork]),
        (BuiltInRoles.LegalReviewer, "法制审核：审核全局案件", DataScopeKind.All, [Data.Permissions.CaseView, Data.Permissions.CaseLegalReview, Data.Permissions.RegistryView, Data.Permissions.IdentityNumberView, .. PlanWork, Data.Permissions.CollaborationView]),
        (BuiltInRoles.Leader, "局领导：审批与查看全局数据", DataScopeKind.All, [Data.Permissions.OrgView, Data.Permissions.UserView, Data.Permissions.LogView, Data.Permissions.CaseView, Data.Permissions.CaseApprove, Data.Permissions.ReferralApprove, Data.Permissions.RegistryView, Data.Permissions.IdentityNumberView, Data.Permissions.ReportView, Data.Permissions.ReportApprove, Data.Permissions.PublicityView, Data.Permissions.PublicityApprove, Data.Permissions.PlanView, Data.Permissions.PlanAppraise, Data.Permissions.CollaborationView]),
        (BuiltInRoles.Partner, "协作单位：仅查看与本单位共享的事项", DataScopeKind.UnitOnly, [Data.Permissions.CollaborationPartner]),
        (BuiltInRoles.ReadOnly, "只读：查看本单位及下级数据", DataScopeKind.UnitAndBelow, [Data.Permissions.OrgView, Data.Permissions.UserView, Data.Permissions.DictionaryView, Data.Permissions.CaseView, Data.Permissions.RegistryView, Data.Permissions.ReportView, Data.Permissions.PublicityView, Data.Permissions.PlanView, Data.Permissions.CollaborationView]),
        (BuiltInRoles.UnitAdministrator, "单位管理员：维护本单位及下级的用户", DataScopeKind.UnitAndBelow, [Data.Permissions.OrgView, Data.Permissions.UserView, Data.Permissions.UserEdit, Data.Permissions.LogView]),
    ];

    public static readonly (string Code, string Name, string[] Labels)[] Dictionaries =
    [
        ("case_source", "案件来源", ["监督检查", "投诉", "举报", "上级交办", "部门移送", "舆情", "网络监测", "其他"]),
        ("case_subject", "违法类型", ["商标侵权", "商标一般违法", "假冒专利", "地理标志", "官方标志", "特殊标志", "非正常专利申请", "恶意商标注册", "代理违法"]),
        ("key_sector", "重点领域", ["食品", "药品", "种业", "水泥", "公共卫生", "农资", "其他"]),
        ("mark_category", "重点保护商标类别", ["驰名商标", "中华老字号", "天津老字号", "涉农商标", "津农精品", "普通注册商标"]),
        ("gi_category", "地理标志产品类别", ["农产品", "加工食品", "道地药材", "传统手工艺品", "其他"]),
        ("area", "街镇", ["果园新村街", "集贤里街", "佳荣里街", "普东街", "瑞景街", "青源街", "广源街", "天穆镇", "北仓镇", "宜兴埠镇", "小淀镇", "双街镇", "双口镇", "青光镇", "西堤头镇", "大张庄镇"]),
        ("publicity_channel", "宣传渠道", ["报刊", "电视", "广播", "新媒体", "门户网站", "现场活动"]),
        ("mediation_kind", "调解类型", ["行政调解", "人民调解", "行业调解", "司法调解"]),
    ];

    public static readonly SystemSetting[] Settings =
    [
        new() { Key = "Attachments.MaxSizeMb", Name = "附件大小上限（MB）", Value = "50", ValueType = SettingValueType.Number, Description = "单个证据或附件的最大大小" },
        new() { Key = "Attachments.AllowedExtensions", Name = "允许的附件类型", Value = ".pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx,.mp4,.zip", ValueType = SettingValueType.Text, Description = "以英文逗号分隔的扩展名" },
        new() { Key = "Reporting.MonthlyDueDay", Name = "专利执法月报报送日", Value = "5", ValueType = SettingValueType.Number, Description = "每月几日前报送上月数据（计算规则8：遇节假日不顺延）" },
        new() { Key = "Reporting.MonthlyFields", Name = "专利执法月报字段", Value = "", ValueType = SettingValueType.Text, Description = "留空为默认格式。每项“表头=数据来源”，以分号分隔，必填项前加*，冒号后可限定必填的案件类别（dispute、counterfeit、mediation），例如：*案件编号=caseNumber; *专利号=patentNumber:dispute,counterfeit" },
        new() { Key = "Referral.ThreeDayPeriodInCalendarDays", Name = "涉刑移送3日期限按自然日计算", Value = "true", ValueType = SettingValueType.Boolean, Description = "国务院令第310号的3日期限按自然日（计算规则7）" },
        new() { Key = "Reminders.DaysBeforeDeadline", Name = "期限提前提醒（工作日）", Value = "3", ValueType = SettingValueType.Number, Description = "到期前几个工作日发送站内提醒" },
        new() { Key = "Cases.PenaltyNumberPattern", Name = "行政处罚案号格式", Value = "津辰市监知罚〔{year}〕{seq}号", ValueType = SettingValueType.Text, Description = "立案时编号；{year}为年份，{seq}为当年序号（可写{seq:000}补零）" },
        new() { Key = "Cases.AdjudicationNumberPattern", Name = "专利侵权纠纷行政裁决案号格式", Value = "津辰市监知裁〔{year}〕{seq}号", ValueType = SettingValueType.Text, Description = "立案时编号；{year}为年份，{seq}为当年序号（可写{seq:000}补零）" },
        new() { Key = "Cases.MediationNumberPattern", Name = "调解案号格式", Value = "津辰市监知调〔{year}〕{seq}号", ValueType = SettingValueType.Text, Description = "立案时编号；{year}为年份，{seq}为当年序号（可写{seq:000}补零）" },
        new() { Key = "Cases.HearingThresholdPerson", Name = "听证较大数额（自然人，元）", Value = "10000", ValueType = SettingValueType.Number, Description = "罚款或没收数额达到此数时告知听证权利（行政处罚法第六十三条；地方标准可调整）" },
        new() { Key = "Cases.HearingThresholdOrganisation", Name = "听证较大数额（法人或其他组织，元）", Value = "100000", ValueType = SettingValueType.Number, Description = "罚款或没收数额达到此数时告知听证权利" },
        new() { Key = "Cases.PublicityLowerFineAmount", Name = "公示“较低数额罚款”上限（元）", Value = "10000", ValueType = SettingValueType.Number, Description = "不超过此数的罚款公示3个月，其余3年（总局令第45号第十三条，由省级部门确定）" },
        new() { Key = "Cases.ArchiveWorkingDays", Name = "结案后归档期限（工作日）", Value = "15", ValueType = SettingValueType.Number, Description = "结案后多少个工作日内立卷归档（未核实条文，按设置）" },
        new() { Key = "Cases.CriminalSuspicionFraction", Name = "涉嫌犯罪预警比例", Value = "0.5", ValueType = SettingValueType.Number, Description = "涉案数额达到追诉标准的该比例时提示“可能涉嫌犯罪”（国务院令第310号第三条：知识产权案件有合理怀疑即应移送）" },
        new() { Key = "Cases.CounterfeitPatentClockIsHardLimit", Name = "假冒专利1个月结案期限为硬性期限", Value = "false", ValueType = SettingValueType.Boolean, Description = "否：按《专利行政执法办法》第三十六条提示，以90日处罚决定期限为准" },
        new() { Key = "Officers.CertificateExpiryWarningDays", Name = "执法证到期预警（日）", Value = "60", ValueType = SettingValueType.Number, Description = "执法证到期前多少日提示" },
        new() { Key = "Markets.MinCommitmentRatio", Name = "规范化市场：准入承诺最低签署率", Value = "0.9", ValueType = SettingValueType.Number, Description = "签署知识产权准入承诺的经营户数÷摊位数达到此比例（0–1，恰好等于即达标）方满足准入承诺条件（无法定标准，按设置）" },
        new() { Key = "Markets.InspectionWindowMonths", Name = "规范化市场：检查有效期（月）", Value = "12", ValueType = SettingValueType.Number, Description = "近多少个月内须有检查记录且最近一次检查合格或整改完成（无法定标准，按设置）" },
        new() { Key = "Marks.PhotoMaxSizeMb", Name = "辨别指引照片大小上限（MB）", Value = "5", ValueType = SettingValueType.Number, Description = "重点保护商标/标志真伪辨别指引照片（JPG/PNG）的最大大小" },
        new() { Key = "Plans.ProgressDueDay", Name = "工作进展报送日", Value = "10", ValueType = SettingValueType.Number, Description = "每期（月或季度）结束后次月几日前报送该期工作进展；逾期未报的措施显示红色并提醒" },
        new() { Key = "Import.MaxSizeMb", Name = "Excel导入文件大小上限（MB）", Value = "20", ValueType = SettingValueType.Number, Description = "名录Excel导入时单个文件的最大大小" },
        new() { Key = "Import.PendingHours", Name = "导入预览保留时长（小时）", Value = "24", ValueType = SettingValueType.Number, Description = "上传后未确认的导入（及其错误清单）保留多少小时" },
        new() { Key = "Intake.DuplicateWindowDays", Name = "投诉举报重复件提示窗口（日）", Value = "30", ValueType = SettingValueType.Number, Description = "同一被投诉（举报）人、同一商标/标志，收到日期相差不超过此日数的，提示可能重复并可合并（无法定标准，按设置）" },
        new() { Key = "Satisfaction.LinkValidDays", Name = "满意度调查链接有效期（日）", Value = "30", ValueType = SettingValueType.Number, Description = "生成的满意度调查链接自生成之日起多少日内可以填写（每个链接只能提交一次）" },
    ];
}
