namespace Zhibao.Documents;

/// <summary>
/// 人民币大写金额, following the rules for bills and settlement vouchers (《支付结算办法》附件《正确填写票据和结算凭证的
/// 基本规定》): "整" after 元 only; one 零 for a run of zeros inside the number; 零 between 元 and 分 when 角 is 0;
/// 壹拾 (never bare 拾). Where the rules allow either form (a zero 万 or 元 digit before a non-zero 千 or 角 digit)
/// this writes no 零: 107000.53 → 壹拾万柒仟元伍角叁分.
/// </summary>
public static class AmountInWords
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] SmallUnits = ["", "拾", "佰", "仟"];
    private const decimal Limit = 10_000_000_000_000_000m; // 1 亿亿: beyond 万亿 there is no customary unit.

    /// <summary>12345.60 → 壹万贰仟叁佰肆拾伍元陆角; 100000 → 壹拾万元整; 0.05 → 伍分; 0 → 零元整.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative, 1 亿亿 or more, or finer than 分: a legal document must not
    /// round silently.</exception>
    public static string Format(decimal yuan)
    {
        if (yuan < 0 || yuan >= Limit)
        {
            throw new ArgumentOutOfRangeException(nameof(yuan), yuan, "金额须为0至1亿亿元之间");
        }
        var fen = yuan * 100;
        if (fen != decimal.Truncate(fen))
        {
            throw new ArgumentOutOfRangeException(nameof(yuan), yuan, "金额最小单位为分");
        }

        var integer = (long)decimal.Truncate(yuan);
        var jiao = (int)(decimal.Truncate(fen) % 100 / 10);
        var cents = (int)(decimal.Truncate(fen) % 10);

        var text = integer > 0 ? Integer(integer) + "元" : "";
        if (jiao == 0 && cents == 0)
        {
            return (integer > 0 ? text : "零元") + "整";
        }
        if (jiao > 0)
        {
            text += Digits[jiao] + "角";
        }
        if (cents > 0)
        {
            // 16409.02 → …元零贰分; without yuan there is nothing to separate: 0.05 → 伍分.
            text += (jiao == 0 && integer > 0 ? "零" : "") + Digits[cents] + "分";
        }
        return text;
    }

    /// <summary>A positive whole number: 亿 and 万 sections, each read as up to four digits.</summary>
    private static string Integer(long n)
    {
        foreach (var (size, unit) in new[] { (100_000_000L, "亿"), (10_000L, "万") })
        {
            if (n >= size)
            {
                var rest = n % size;
                // A zero at the top of the lower section is read: 100500 → 壹拾万零伍佰.
                var gap = rest > 0 && rest < size / 10 ? "零" : "";
                return Integer(n / size) + unit + gap + (rest > 0 ? Integer(rest) : "");
            }
        }
        return Section((int)n);
    }

    /// <summary>1..9999: inner zeros become one 零, trailing zeros nothing (1005 → 壹仟零伍, 1500 → 壹仟伍佰).</summary>
    private static string Section(int n)
    {
        var text = "";
        var pendingZero = false;
        for (var position = 3; position >= 0; position--)
        {
            var digit = n / (int)Math.Pow(10, position) % 10;
            if (digit == 0)
            {
                pendingZero = text.Length > 0;
                continue;
            }
            text += (pendingZero ? "零" : "") + Digits[digit] + SmallUnits[position];
            pendingZero = false;
        }
        return text;
    }
}
