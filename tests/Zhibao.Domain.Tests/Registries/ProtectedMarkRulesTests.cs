using Zhibao.Domain.Registries;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests.Registries;

/// <summary>The protected-mark register: tags, terms of 《特殊标志管理条例》第九条 and 商标法第三十九条, validity, natural keys.</summary>
public class ProtectedMarkRulesTests
{
    [Theory]
    [InlineData("2019-01-08", 4, "2023-01-07")]
    [InlineData("2023-01-01", 4, "2026-12-31")]
    [InlineData("2020-03-01", 4, "2024-02-29")]   // the day before the anniversary, a leap day
    [InlineData("2024-02-29", 4, "2028-02-28")]   // a leap day four years on: the day before it
    [InlineData("2024-02-29", 10, "2034-02-28")]  // no 29 February in 2034: the month's last day (民法典第二百零二条)
    [InlineData("2015-03-14", 10, "2025-03-13")]
    [InlineData("2023-12-31", 1, "2024-12-30")]
    public void A_term_ends_the_day_before_its_anniversary(string from, int years, string end) =>
        Assert.Equal(D(end), ProtectedMarkRules.TermEnd(D(from), years));

    [Fact]
    public void Default_validity_is_four_years_for_a_special_mark_and_ten_for_a_trademark_and_none_otherwise()
    {
        Assert.Equal(D("2022-05-31"), ProtectedMarkRules.DefaultValidTo(ProtectedMarkKind.SpecialMark, D("2018-06-01")));
        Assert.Equal(D("2028-05-31"), ProtectedMarkRules.DefaultValidTo(ProtectedMarkKind.Trademark, D("2018-06-01")));
        Assert.Null(ProtectedMarkRules.DefaultValidTo(ProtectedMarkKind.GeographicalIndication, D("2018-06-01")));
        Assert.Null(ProtectedMarkRules.DefaultValidTo(ProtectedMarkKind.SpecialMark, null));
    }

    [Theory]
    [InlineData(null, null, "2023-10-09", MarkValidity.NotRecorded)]
    [InlineData("2023-10-09", "2027-10-08", "2023-10-09", MarkValidity.Valid)]     // the first day counts
    [InlineData("2023-10-10", "2027-10-08", "2023-10-09", MarkValidity.NotYetValid)]
    [InlineData("2019-10-09", "2023-10-09", "2023-10-09", MarkValidity.Valid)]     // the last day counts
    [InlineData("2019-10-09", "2023-10-08", "2023-10-09", MarkValidity.Expired)]
    [InlineData(null, "2023-10-08", "2023-10-09", MarkValidity.Expired)]
    [InlineData("2019-10-09", null, "2030-01-01", MarkValidity.Valid)]
    public void Validity_on_a_day_counts_both_ends(string? from, string? to, string day, MarkValidity expected) =>
        Assert.Equal(expected, ProtectedMarkRules.ValidityOn(from is null ? null : D(from), to is null ? null : D(to), D(day)));

    [Fact]
    public void Tags_parse_from_english_or_chinese_and_combine()
    {
        Assert.True(ProtectedMarkRules.TryParseTags(["WellKnown", "天津老字号", "agricultural", " 津农精品 "], out var tags, out var error));
        Assert.Null(error);
        Assert.Equal(MarkTags.WellKnown | MarkTags.TianjinTimeHonoured | MarkTags.Agricultural | MarkTags.JinnongPremium, tags);
        Assert.Equal("驰名商标、天津老字号、涉农商标、津农精品", ProtectedMarkRules.TagNames(tags));
        Assert.Equal([MarkTags.WellKnown, MarkTags.TianjinTimeHonoured, MarkTags.Agricultural, MarkTags.JinnongPremium], ProtectedMarkRules.Split(tags));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Ordinary")]
    [InlineData("普通注册商标")]
    [InlineData(" | ")]
    public void No_tag_or_ordinary_alone_is_an_ordinary_trademark(string names)
    {
        Assert.True(ProtectedMarkRules.TryParseTags(names.Split('|'), out var tags, out _));
        Assert.Equal(MarkTags.None, tags);
        Assert.Equal("普通注册商标", ProtectedMarkRules.TagNames(tags));
    }

    [Theory]
    [InlineData("Ordinary|WellKnown", "不能与")]
    [InlineData("中华老字号|普通注册商标", "不能与")]
    [InlineData("省著名商标", "未知的商标类别")]
    public void Ordinary_with_another_tag_or_an_unknown_tag_is_refused(string names, string message)
    {
        Assert.False(ProtectedMarkRules.TryParseTags(names.Split('|'), out var tags, out var error));
        Assert.Equal(MarkTags.None, tags);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("农产品", GiCategory.AgriculturalProduct)]
    [InlineData("加工食品", GiCategory.ProcessedFood)]
    [InlineData("道地药材", GiCategory.AuthenticMedicinal)]
    [InlineData("传统手工艺品", GiCategory.TraditionalCraft)]
    [InlineData("其他", GiCategory.Other)]
    [InlineData("processedfood", GiCategory.ProcessedFood)]
    public void The_five_gi_categories_of_the_clarifications_parse(string text, GiCategory expected) =>
        Assert.Equal(expected, ProtectedMarkRules.ParseCategory(text));

    [Fact]
    public void Natural_keys_ignore_spaces_and_case_and_tell_kinds_and_areas_apart()
    {
        Assert.Equal(ProtectedMarkRules.NaturalKey(ProtectedMarkKind.GeographicalIndication, null, "沙窝 萝卜", "西青区"),
            ProtectedMarkRules.NaturalKey(ProtectedMarkKind.GeographicalIndication, "公告1号", "沙窝萝卜", " 西青区 "));
        Assert.NotEqual(ProtectedMarkRules.NaturalKey(ProtectedMarkKind.GeographicalIndication, null, "沙窝萝卜", "西青区"),
            ProtectedMarkRules.NaturalKey(ProtectedMarkKind.GeographicalIndication, null, "沙窝萝卜", "武清区"));
        Assert.NotEqual(ProtectedMarkRules.NaturalKey(ProtectedMarkKind.Trademark, "123", "甲", null),
            ProtectedMarkRules.NaturalKey(ProtectedMarkKind.SpecialMark, "123", "甲", null));
        Assert.Equal(ProtectedMarkRules.NaturalKey(ProtectedMarkKind.SpecialMark, "ts-1", "甲", null),
            ProtectedMarkRules.NaturalKey(ProtectedMarkKind.SpecialMark, "TS-1", "乙", null));
        Assert.Equal("TM:1234567", ProtectedMarkRules.NaturalKey(ProtectedMarkKind.Trademark, "1234567", "任意名称", null));
    }
}
