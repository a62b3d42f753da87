namespace Zhibao.Domain.Cases;

/// <summary>The Chinese names of referral statuses and actions, as the case page and the refusal messages show them.</summary>
public static class ReferralText
{
    public static string Name(ReferralStatus status) => status switch
    {
        ReferralStatus.Drafted => "已报请",
        ReferralStatus.Approved => "已批准移送",
        ReferralStatus.Refused => "不批准移送",
        ReferralStatus.Transferred => "已移送公安",
        ReferralStatus.Received => "公安已接收",
        ReferralStatus.PoliceFiled => "公安已立案",
        ReferralStatus.PoliceDeclined => "公安不予立案",
        ReferralStatus.ReconsiderationRequested => "已申请复议",
        ReferralStatus.ReconsiderationDeclined => "复议维持不予立案",
        ReferralStatus.SupervisionRequested => "已提请检察监督",
        ReferralStatus.GoodsHandedOver => "涉案物品已移交",
        ReferralStatus.Returned => "公安退回",
        ReferralStatus.Concluded => "移送终结",
        _ => status.ToString(),
    };

    public static string Name(ReferralAction action) => action switch
    {
        ReferralAction.Approve => "批准移送",
        ReferralAction.Refuse => "不批准移送",
        ReferralAction.Transfer => "移送公安机关",
        ReferralAction.Receive => "登记公安接收",
        ReferralAction.PoliceFile => "登记公安立案",
        ReferralAction.PoliceDecline => "登记公安不予立案",
        ReferralAction.RequestReconsideration => "提请复议",
        ReferralAction.ReconsiderationFile => "登记复议后立案",
        ReferralAction.ReconsiderationDecline => "登记复议维持不予立案",
        ReferralAction.RequestSupervision => "建议检察院立案监督",
        ReferralAction.SupervisionFile => "登记监督后立案",
        ReferralAction.HandOverGoods => "移交涉案物品",
        ReferralAction.Return => "登记公安退回",
        ReferralAction.Conclude => "终结移送",
        _ => action.ToString(),
    };
}
