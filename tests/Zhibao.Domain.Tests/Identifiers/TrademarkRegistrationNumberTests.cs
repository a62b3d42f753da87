using Zhibao.Domain.Identifiers;

namespace Zhibao.Domain.Tests.Identifiers;

/// <summary>商标注册号：只有数字、没有校验位，只能检查形式。</summary>
public class TrademarkRegistrationNumberTests
{
    [Theory]
    [InlineData("1", "1")]
    [InlineData("1234567", "1234567")]
    [InlineData("68532145", "68532145")]
    [InlineData("1234567890", "1234567890")] // 10 digits: the most accepted
    [InlineData(" 1234567 ", "1234567")]
    [InlineData("１２３４５６７", "1234567")] // full-width, as pasted from Chinese documents
    [InlineData("第 1234567 号", "1234567")] // as printed on 商标注册证
    [InlineData("第1234567号", "1234567")]
    public void Digits_are_accepted_and_normalised(string input, string normalized)
    {
        Assert.Equal(new IdentifierCheck(true, normalized, null), TrademarkRegistrationNumber.Check(input));
    }

    [Theory]
    [InlineData(null, "请输入商标注册号")]
    [InlineData("", "请输入商标注册号")]
    [InlineData(" 　", "请输入商标注册号")]
    [InlineData("12345678901", "商标注册号不超过10位数字，当前为11位")]
    [InlineData("G1234567", "商标注册号只能由数字组成，不能含有“G”")]
    [InlineData("1234-567", "商标注册号只能由数字组成，不能含有“-”")]
    [InlineData("第号", "商标注册号只能由数字组成，不能含有“第”")]
    [InlineData("第1234567", "商标注册号只能由数字组成，不能含有“第”")]
    [InlineData("0", "商标注册号不以0开头，请核对")]
    [InlineData("01234567", "商标注册号不以0开头，请核对")]
    public void Bad_numbers_get_a_chinese_reason(string? input, string error)
    {
        Assert.Equal(new IdentifierCheck(false, null, error), TrademarkRegistrationNumber.Check(input));
        Assert.False(TrademarkRegistrationNumber.IsValid(input));
    }
}
