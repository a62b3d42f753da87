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

    public static readonly (string Name, string Description, DataScopeKind Scope, string[] Permissions)[] Roles =
    [
        (BuiltInRoles.Administrator, "系统管理员：维护组织、用户、角色、字典、设置与日历", DataScopeKind.All, Data.Permissions.All.Select(p => p.Code).ToArray()),
        (BuiltInRoles.IpSection, "知识产权科：业务主管科室，查看全局数据，维护数据字典", DataScopeKind.All, [.. ViewAll, Data.Permissions.DictionaryEdit, Data.Permissions.CalendarEdit]),
        (BuiltInRoles.Officer, "执法人员：办理本单位案件", DataScopeKind.UnitAndBelow, []),
        (BuiltInRoles.LegalReviewer, "法制审核：审核全局案件", DataScopeKind.All, []),
        (BuiltInRoles.Leader, "局领导：审批与查看全局数据", DataScopeKind.All, [Data.Permissions.OrgView, Data.Permissions.UserView, Data.Permissions.LogView]),
        (BuiltInRoles.Partner, "协作单位：仅查看与本单位共享的事项", DataScopeKind.UnitOnly, []),
        (BuiltInRoles.ReadOnly, "只读：查看本单位及下级数据", DataScopeKind.UnitAndBelow, [Data.Permissions.OrgView, Data.Permissions.UserView, Data.Permissions.DictionaryView]),
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
        new() { Key = "Referral.ThreeDayPeriodInCalendarDays", Name = "涉刑移送3日期限按自然日计算", Value = "true", ValueType = SettingValueType.Boolean, Description = "国务院令第310号的3日期限按自然日（计算规则7）" },
        new() { Key = "Reminders.DaysBeforeDeadline", Name = "期限提前提醒（工作日）", Value = "3", ValueType = SettingValueType.Number, Description = "到期前几个工作日发送站内提醒" },
        new() { Key = "Officers.CertificateExpiryWarningDays", Name = "执法证到期预警（日）", Value = "60", ValueType = SettingValueType.Number, Description = "执法证到期前多少日提示" },
    ];
}
