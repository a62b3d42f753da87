namespace Zhibao.Documents.Tests;

public class AmountInWordsTests
{
    [Theory]
    // The examples of 《正确填写票据和结算凭证的基本规定》 and the brief.
    [InlineData("12345.60", "壹万贰仟叁佰肆拾伍元陆角")]
    [InlineData("100000", "壹拾万元整")]
    [InlineData("0.05", "伍分")]
    [InlineData("1005", "壹仟零伍元整")]
    [InlineData("1409.50", "壹仟肆佰零玖元伍角")]
    [InlineData("16409.02", "壹万陆仟肆佰零玖元零贰分")]
    [InlineData("325.04", "叁佰贰拾伍元零肆分")]
    [InlineData("1680.32", "壹仟陆佰捌拾元叁角贰分")]
    [InlineData("107000.53", "壹拾万柒仟元伍角叁分")]
    // Zeros and nothing else.
    [InlineData("0", "零元整")]
    [InlineData("0.00", "零元整")]
    [InlineData("0.30", "叁角")]
    [InlineData("0.32", "叁角贰分")]
    [InlineData("1", "壹元整")]
    [InlineData("10", "壹拾元整")]
    [InlineData("15", "壹拾伍元整")]
    [InlineData("110", "壹佰壹拾元整")]
    [InlineData("1000.01", "壹仟元零壹分")]
    // Several zeros in the middle are one 零; trailing zeros of a section are nothing.
    [InlineData("10001", "壹万零壹元整")]
    [InlineData("10010", "壹万零壹拾元整")]
    [InlineData("100500", "壹拾万零伍佰元整")]
    [InlineData("101000", "壹拾万壹仟元整")]
    [InlineData("1001001", "壹佰万壹仟零壹元整")]
    [InlineData("9999", "玖仟玖佰玖拾玖元整")]
    // 万 and 亿 boundaries.
    [InlineData("10000", "壹万元整")]
    [InlineData("99999999.99", "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分")]
    [InlineData("100000000", "壹亿元整")]
    [InlineData("100000001", "壹亿零壹元整")]
    [InlineData("101000000", "壹亿零壹佰万元整")]
    [InlineData("110000000", "壹亿壹仟万元整")]
    [InlineData("1000010000", "壹拾亿零壹万元整")]
    [InlineData("1000000000000", "壹万亿元整")]
    [InlineData("1234567890123.45", "壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元肆角伍分")]
    public void Formats_amounts_in_words(string amount, string expected) =>
        Assert.Equal(expected, AmountInWords.Format(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Trailing_zero_scale_does_not_matter() =>
        Assert.Equal(AmountInWords.Format(12345.6m), AmountInWords.Format(12345.600m));

    [Theory]
    [InlineData("-1")]
    [InlineData("0.001")]
    [InlineData("12.345")]
    [InlineData("10000000000000000")]
    public void Rejects_what_cannot_be_written_exactly(string amount) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            AmountInWords.Format(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
}
