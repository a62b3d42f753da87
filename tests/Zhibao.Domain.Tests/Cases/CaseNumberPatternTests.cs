using Zhibao.Domain.Cases;

namespace Zhibao.Domain.Tests.Cases;

public class CaseNumberPatternTests
{
    [Theory]
    [InlineData(CaseNumberPattern.Default, 2025, 12, "津辰市监知罚〔2025〕12号")]
    [InlineData("津辰市监知罚〔{year}〕{seq:000}号", 2025, 7, "津辰市监知罚〔2025〕007号")]
    [InlineData("津辰市监知罚〔{year}〕{seq:000}号", 2025, 1234, "津辰市监知罚〔2025〕1234号")]
    [InlineData("{seq}/{year}", 2026, 1, "1/2026")]
    [InlineData("{year}-{year}-{seq:0}", 2026, 5, "2026-2026-5")]
    public void Tokens_are_replaced(string pattern, int year, int sequence, string expected) =>
        Assert.Equal(expected, CaseNumberPattern.Format(pattern, year, sequence));

    [Theory]
    [InlineData(CaseNumberPattern.Default)]
    [InlineData("{year}{seq:0000000000}")]
    public void Valid_patterns_have_no_error(string pattern) => Assert.Null(CaseNumberPattern.Validate(pattern));

    [Theory]
    [InlineData("津辰市监知罚〔{year}〕号", "缺少序号占位符 {seq}")]
    [InlineData("津辰市监知罚〔2025〕{seq}号", "缺少年份占位符 {year}")]
    [InlineData("津辰市监知罚", "缺少年份占位符 {year}和序号占位符 {seq}")]
    [InlineData("〔{yr}〕{seq}号", "无法识别的占位符“{yr}”")]
    [InlineData("{year}{seq:00a}", "无法识别的占位符“{seq:00a}”")]
    [InlineData("{year}{seq:}", "无法识别的占位符“{seq:}”")]
    [InlineData("{year}{seq:00000000000}", "无法识别的占位符")]
    [InlineData("{year}{SEQ}", "无法识别的占位符“{SEQ}”")]
    [InlineData("{year〕{seq}号", "无法识别的占位符“{year〕{seq}”")]
    [InlineData("{year}{seq", "“{”没有对应的“}”")]
    [InlineData("year}{year}{seq}", "多了一个“}”")]
    [InlineData("  ", "请填写案件编号格式")]
    public void Invalid_patterns_get_a_chinese_error(string pattern, string error)
    {
        var message = CaseNumberPattern.Validate(pattern);

        Assert.NotNull(message);
        Assert.Contains(error, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Formatting_an_invalid_pattern_or_sequence_throws()
    {
        var error = Assert.Throws<ArgumentException>(() => CaseNumberPattern.Format("{year}", 2025, 1));
        Assert.Contains("序号占位符", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseNumberPattern.Format(CaseNumberPattern.Default, 2025, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseNumberPattern.Format(CaseNumberPattern.Default, 10_000, 1));
    }
}
