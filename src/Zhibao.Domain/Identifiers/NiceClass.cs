using System.Globalization;

namespace Zhibao.Domain.Identifiers;

/// <summary>
/// 商标类别: a class of the Nice Classification (尼斯分类), which the Trademark Office applies through the 类似商品和服务区分表.
/// Classes 1–34 cover goods and 35–45 cover services. The normalised form is the plain number ("9"), as the office writes it.
/// </summary>
public static class NiceClass
{
    public const int First = 1;
    public const int Last = 45;

    public static bool IsValid(int classNumber) => classNumber is >= First and <= Last;

    public static bool IsValid(string? input) => Check(input).IsValid;

    public static IdentifierCheck Check(int classNumber) => IsValid(classNumber)
        ? IdentifierCheck.Valid(classNumber.ToString(CultureInfo.InvariantCulture))
        : IdentifierCheck.Invalid($"商标类别应为{First}至{Last}之间的整数，当前为{classNumber}");

    /// <summary>Accepts "9", "09", full-width digits and "第9类", as the class is written on 注册证 and in notices.</summary>
    public static IdentifierCheck Check(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return IdentifierCheck.Invalid("请输入商标类别");
        }
        var text = IdentifierText.Normalize(input);
        if (text.Length > 2 && text[0] == '第' && text[^1] == '类')
        {
            text = text[1..^1];
        }
        // Three digits cannot be a class, and the length check keeps int.Parse away from overflow.
        if (text.Length is 0 or > 3 || !text.All(char.IsAsciiDigit))
        {
            return IdentifierCheck.Invalid($"商标类别应为{First}至{Last}之间的整数，例如 9 或 第9类");
        }
        return Check(int.Parse(text, CultureInfo.InvariantCulture));
    }

    /// <summary>The class number of valid input, for code that stores the class as an integer.</summary>
    public static bool TryParse(string? input, out int classNumber)
    {
        var check = Check(input);
        classNumber = check.IsValid ? int.Parse(check.Normalized!, CultureInfo.InvariantCulture) : 0;
        return check.IsValid;
    }
}
