using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Zhibao.Data.Entities;
using Zhibao.Domain.Cases;
using Zhibao.Web.Cases;

namespace Zhibao.Web.Satisfaction;

/// <summary>When a case may be surveyed, what scores mean, and how link tokens are made and kept (only as hashes).</summary>
public static class SatisfactionRules
{
    public const string LinkValidDaysSetting = "Satisfaction.LinkValidDays";
    public const int DefaultLinkValidDays = 30;
    public const int MaxCommentLength = 1000;

    /// <summary>Only a closed case is surveyed: 行政处罚 结案 or 归档, 行政裁决 结案, 调解 结束.</summary>
    public static bool IsClosed(CaseKind kind, string status) => kind switch
    {
        CaseKind.Penalty => status is nameof(PenaltyCaseStatus.Closed) or nameof(PenaltyCaseStatus.Archived),
        CaseKind.Adjudication => status == nameof(AdjudicationStatus.Closed),
        CaseKind.Mediation => status == nameof(MediationStatus.Closed),
        _ => false,
    };

    public static string ScoreName(int score) => score switch
    {
        1 => "很不满意",
        2 => "不满意",
        3 => "一般",
        4 => "满意",
        5 => "很满意",
        _ => score.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static string ChannelName(SurveyChannel channel) => channel == SurveyChannel.Phone ? "电话" : "链接";

    /// <summary>The score field's message, shared by the API and the public page.</summary>
    public const string ScoreError = "请选择满意度评分（1至5分）";

    /// <summary>32 random bytes, base64url (43 characters): the link's only secret.</summary>
    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>Lower-case hex SHA-256 of the token, the only form in which it is stored.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    /// <summary>Only the shape <see cref="NewToken"/> makes; anything else is unknown without a database query.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_');

    public static string Path(string token) => "/survey/" + token;

    /// <summary>路径: the mediation type of a mediation, the closure of an adjudication; a penalty case has one path.</summary>
    public static (string Key, string Name) PathOf(CaseKind kind, MediationType? mediationType, AdjudicationClosure? closure) => kind switch
    {
        CaseKind.Mediation when mediationType is { } t => ($"mediation.{t}", "调解·" + MediationRules.Name(t)),
        CaseKind.Adjudication when closure is { } c => ($"adjudication.{c}", "行政裁决·" + AdjudicationWorkflow.Name(c)),
        CaseKind.Adjudication => ("adjudication.none", "行政裁决·未记录结案方式"),
        _ => ("penalty", "行政处罚"),
    };

    /// <summary>Every path, so the table shows zeros rather than missing lines.</summary>
    public static IEnumerable<(string Key, string Name)> AllPaths() =>
    [
        PathOf(CaseKind.Penalty, null, null),
        .. Enum.GetValues<AdjudicationClosure>().Select(c => PathOf(CaseKind.Adjudication, null, c)),
        .. Enum.GetValues<MediationType>().Select(t => PathOf(CaseKind.Mediation, t, null)),
    ];
}
