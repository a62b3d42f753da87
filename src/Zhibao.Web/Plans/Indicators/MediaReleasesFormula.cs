using Zhibao.Domain.Plans;

namespace Zhibao.Web.Plans.Indicators;

/// <summary>媒体宣传报道数 (seed 三(三): 利用报刊、电视及网络新媒体等开展集中宣传). Its data source is not on the platform yet: "数据源未接入：宣传模块".</summary>
public sealed class MediaReleasesFormula() : NotConnectedFormula("publicity.media-releases", "媒体宣传报道数", "篇", IndicatorNature.Cumulative, "宣传模块");
