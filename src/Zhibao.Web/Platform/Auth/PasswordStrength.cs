namespace Zhibao.Web.Platform.Auth;

/// <summary>The bar for the first administrator's password of a production installation.</summary>
public static class PasswordStrength
{
    public const int MinimumLength = 12;

    private static readonly string[] KnownWeak = ["Zhibao#2023", "Admin@123456", "P@ssw0rd1234", "Password123!"];

    /// <summary>Null when strong enough, else the reason in Chinese.</summary>
    public static string? WhyWeak(string password)
    {
        if (password.Length < MinimumLength)
        {
            return $"长度至少{MinimumLength}位";
        }
        if (KnownWeak.Contains(password, StringComparer.OrdinalIgnoreCase))
        {
            return "不能使用演示密码或常见密码";
        }
        var classes = new[]
        {
            password.Any(char.IsUpper), password.Any(char.IsLower), password.Any(char.IsDigit),
            password.Any(c => !char.IsLetterOrDigit(c)),
        }.Count(x => x);
        return classes < 3 ? "须包含大写字母、小写字母、数字、符号中的至少三类" : null;
    }
}
