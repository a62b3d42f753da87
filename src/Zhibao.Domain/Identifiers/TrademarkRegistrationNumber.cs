namespace Zhibao.Domain.Identifiers;

/// <summary>
/// 商标注册号: the serial number the Trademark Office (国家知识产权局商标局) gives an application, kept as the
/// registration number. Digits only and no check digit, so only the form can be checked; numbers reach 8 digits in
/// practice and up to 10 are accepted to leave room.
/// </summary>
public static class TrademarkRegistrationNumber
{
    public const int MaxDigits = 10;

    public static bool IsValid(string? input) => Check(input).IsValid;

    public static IdentifierCheck Check(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return IdentifierCheck.Invalid("请输入商标注册号");
        }
        var number = IdentifierText.Normalize(input);
        // 商标注册证 prints "第 1234567 号", and users copy the number as it is printed.
        if (number.Length > 2 && number[0] == '第' && number[^1] == '号')
        {
            number = number[1..^1];
        }
        var bad = number.FirstOrDefault(c => !char.IsAsciiDigit(c));
        if (bad != default)
        {
            return IdentifierCheck.Invalid($"商标注册号只能由数字组成，不能含有“{bad}”");
        }
        if (number.Length > MaxDigits)
        {
            return IdentifierCheck.Invalid($"商标注册号不超过{MaxDigits}位数字，当前为{number.Length}位");
        }
        // Numbers are issued counting from 1, so a leading 0 means a typo or a zero-padded export, not a real number.
        return number[0] == '0'
            ? IdentifierCheck.Invalid("商标注册号不以0开头，请核对")
            : IdentifierCheck.Valid(number);
    }
}
