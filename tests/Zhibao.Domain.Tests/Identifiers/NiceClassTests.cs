using System.Globalization;
using Zhibao.Domain.Identifiers;

namespace Zhibao.Domain.Tests.Identifiers;

/// <summary>商标类别：尼斯分类第1至45类（1–34类商品，35–45类服务）。</summary>
public class NiceClassTests
{
    [Fact]
    public void Classes_1_to_45_are_valid_and_no_others()
    {
        Assert.All(Enumerable.Range(1, 45), n => Assert.Equal(new IdentifierCheck(true, n.ToString(CultureInfo.InvariantCulture), null), NiceClass.Check(n)));
        Assert.Equal("商标类别应为1至45之间的整数，当前为0", NiceClass.Check(0).Error);
        Assert.Equal("商标类别应为1至45之间的整数，当前为46", NiceClass.Check(46).Error);
        Assert.False(NiceClass.IsValid(-9));
    }

    [Theory]
    [InlineData("9", 9)]
    [InlineData("09", 9)]
    [InlineData("045", 45)]
    [InlineData(" 35 ", 35)]
    [InlineData("第9类", 9)]
    [InlineData("第 09 类", 9)]
    [InlineData("４５", 45)]
    public void Typed_classes_are_read_as_the_office_writes_them(string input, int expected)
    {
        Assert.True(NiceClass.TryParse(input, out var classNumber));
        Assert.Equal(expected, classNumber);
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), NiceClass.Check(input).Normalized);
    }

    [Theory]
    [InlineData(null, "请输入商标类别")]
    [InlineData("  ", "请输入商标类别")]
    [InlineData("0", "商标类别应为1至45之间的整数，当前为0")]
    [InlineData("46", "商标类别应为1至45之间的整数，当前为46")]
    [InlineData("第100类", "商标类别应为1至45之间的整数，当前为100")]
    [InlineData("1000", "商标类别应为1至45之间的整数，例如 9 或 第9类")]
    [InlineData("99999999999", "商标类别应为1至45之间的整数，例如 9 或 第9类")]
    [InlineData("9类", "商标类别应为1至45之间的整数，例如 9 或 第9类")]
    [InlineData("-1", "商标类别应为1至45之间的整数，例如 9 或 第9类")]
    [InlineData("第类", "商标类别应为1至45之间的整数，例如 9 或 第9类")]
    public void Bad_classes_get_a_chinese_reason(string? input, string error)
    {
        Assert.Equal(error, NiceClass.Check(input).Error);
        Assert.False(NiceClass.TryParse(input, out var classNumber));
        Assert.Equal(0, classNumber);
    }
}
