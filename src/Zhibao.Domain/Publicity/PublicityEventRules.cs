using System.Globalization;

namespace Zhibao.Domain.Publicity;

/// <summary>宣传活动和培训的类型 (seed task 3 and 三(三); CLARIFICATIONS: 诚信宣传 and enterprise visits are types too).</summary>
public enum PublicityEventType
{
    /// <summary>“3·15”国际消费者权益日.</summary>
    ConsumerRightsDay,
    /// <summary>“4·26”知识产权宣传周.</summary>
    IpWeek,
    /// <summary>公益讲座.</summary>
    PublicLecture,
    /// <summary>以案释法.</summary>
    CaseLawTalk,
    /// <summary>企业培训 (企业知识产权保护宣传培训).</summary>
    EnterpriseTraining,
    /// <summary>诚信宣传 (seed task 8).</summary>
    IntegrityPromotion,
    /// <summary>走访企业: 深入企业、商户解疑答惑 (seed 三(三)): who went, when, the questions and the answers.</summary>
    EnterpriseVisit,
}

/// <summary>A rule broken by an event's dates: the field to show it on and the message.</summary>
public sealed record EventDateProblem(string Field, string Message);

/// <summary>
/// The date rules of publicity events. CLARIFICATIONS.md: "3·15 is a day (国际消费者权益日); 4·26 opens a week
/// (知识产权宣传周)". So a 3·15 event is held on March 15; one on another day of March counts as part of a 3·15 series
/// only with a stated reason (the seed: “充分利用‘3.15’…等重大契机”, a campaign around the day). A 4·26 event lies
/// within the week that 4·26 opens, April 26 to May 2 of the same year.
/// </summary>
public static class PublicityEventRules
{
    public static string Name(PublicityEventType type) => type switch
    {
        PublicityEventType.ConsumerRightsDay => "3·15消费者权益日",
        PublicityEventType.IpWeek => "4·26知识产权宣传周",
        PublicityEventType.PublicLecture => "公益讲座",
        PublicityEventType.CaseLawTalk => "以案释法",
        PublicityEventType.EnterpriseTraining => "企业培训",
        PublicityEventType.IntegrityPromotion => "诚信宣传",
        PublicityEventType.EnterpriseVisit => "走访企业",
        _ => type.ToString(),
    };

    /// <summary>camelCase API name or the Chinese name (with or without the date prefix); null when not a type.</summary>
    public static PublicityEventType? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var t = text.Trim();
        foreach (var type in Enum.GetValues<PublicityEventType>())
        {
            if (string.Equals(type.ToString(), t, StringComparison.OrdinalIgnoreCase) || Name(type) == t || ShortName(type) == t)
            {
                return type;
            }
        }
        return t switch
        {
            "3·15" or "3.15" or "315" => PublicityEventType.ConsumerRightsDay,
            "4·26" or "4.26" or "426" or "4·26宣传周" or "知识产权宣传周" => PublicityEventType.IpWeek,
            _ => null,
        };
    }

    /// <summary>The label the lists show: 3·15, 4·26宣传周, 公益讲座 ….</summary>
    public static string ShortName(PublicityEventType type) => type switch
    {
        PublicityEventType.ConsumerRightsDay => "3·15",
        PublicityEventType.IpWeek => "4·26宣传周",
        _ => Name(type),
    };

    /// <summary>国际消费者权益日 of <paramref name="year"/>.</summary>
    public static DateOnly ConsumerRightsDay(int year) => new(year, 3, 15);

    /// <summary>The 知识产权宣传周 of <paramref name="year"/>: opened by 4·26, seven days to May 2.</summary>
    public static (DateOnly Start, DateOnly End) IpWeek(int year) => (new DateOnly(year, 4, 26), new DateOnly(year, 5, 2));

    /// <summary>
    /// The problems with an event's dates (empty when they are fine). <paramref name="dateNote"/> is the stated reason
    /// a 3·15 event is held on another day of March.
    /// </summary>
    public static IReadOnlyList<EventDateProblem> CheckDates(PublicityEventType type, DateOnly start, DateOnly end, string? dateNote)
    {
        var problems = new List<EventDateProblem>();
        if (end < start)
        {
            problems.Add(new("endDate", $"结束日期（{Text(end)}）不能早于开始日期（{Text(start)}）"));
            return problems;
        }
        switch (type)
        {
            case PublicityEventType.ConsumerRightsDay:
            {
                var day = ConsumerRightsDay(start.Year);
                if (start.Month != 3 || end.Month != 3 || end.Year != start.Year)
                {
                    problems.Add(new(start.Month != 3 ? "startDate" : "endDate",
                        $"3·15活动应在3月15日国际消费者权益日举办（围绕该日的系列活动须在当年3月内）"));
                }
                else if ((start > day || end < day) && string.IsNullOrWhiteSpace(dateNote))
                {
                    problems.Add(new("dateNote",
                        $"3·15是国际消费者权益日（{Text(day)}）；活动不在当天举办的，请说明与3·15的关系（如“3·15系列宣传活动”）"));
                }
                break;
            }
            case PublicityEventType.IpWeek:
            {
                var (weekStart, weekEnd) = IpWeek(start.Year);
                if (start < weekStart || start > weekEnd)
                {
                    problems.Add(new("startDate", $"4·26知识产权宣传周为{Text(weekStart)}至{Text(weekEnd)}，开始日期应在宣传周内"));
                }
                else if (end > weekEnd)
                {
                    problems.Add(new("endDate", $"4·26知识产权宣传周为{Text(weekStart)}至{Text(weekEnd)}，结束日期应在宣传周内"));
                }
                break;
            }
        }
        return problems;
    }

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
