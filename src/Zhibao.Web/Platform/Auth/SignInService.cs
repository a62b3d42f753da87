using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;

namespace Zhibao.Web.Platform.Auth;

public enum SignInChannel
{
    Ui,
    Api,
}

public sealed record SignInAttempt(User? User, bool Succeeded, string Message);

/// <summary>Checks a user name and password with lockout, and records every attempt in the sign-in log.</summary>
public sealed class SignInService(
    UserManager<User> users, SignInManager<User> signIn, IDbContextFactory<ZhibaoDb> factory,
    TimeProvider clock, IHttpContextAccessor http)
{
    public async Task<SignInAttempt> CheckAsync(string userName, string password, SignInChannel channel, CancellationToken ct = default)
    {
        var user = await users.FindByNameAsync(userName);
        var attempt = user switch
        {
            null => new SignInAttempt(null, false, "用户名或密码错误"),
            { IsActive: false } => new SignInAttempt(user, false, "账号已停用，请联系管理员"),
            _ => await CheckPasswordAsync(user, password),
        };
        await RecordAsync(userName, attempt, channel, ct);
        return attempt;
    }

    private async Task<SignInAttempt> CheckPasswordAsync(User user, string password)
    {
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return new SignInAttempt(user, true, "成功");
        }
        if (result.IsLockedOut)
        {
            var end = await users.GetLockoutEndDateAsync(user);
            var minutes = end is { } e ? Math.Max(1, (int)Math.Ceiling((e - clock.GetUtcNow()).TotalMinutes)) : 0;
            return new SignInAttempt(user, false, $"账号已锁定，请{minutes}分钟后重试");
        }
        return new SignInAttempt(user, false, "用户名或密码错误");
    }

    private async Task RecordAsync(string userName, SignInAttempt attempt, SignInChannel channel, CancellationToken ct)
    {
        var request = http.HttpContext?.Request;
        await using var db = await factory.CreateDbContextAsync(ct);
        db.SignInLogs.Add(new SignInLog
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserName = userName.Length > 256 ? userName[..256] : userName,
            UserId = attempt.User?.Id,
            Succeeded = attempt.Succeeded,
            Result = attempt.Message,
            Channel = channel == SignInChannel.Ui ? "界面" : "接口",
            IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
            UserAgent = request?.Headers.UserAgent.ToString() is { Length: > 0 } ua ? ua[..Math.Min(ua.Length, 500)] : null,
        });
        await db.SaveChangesAsync(ct);
    }
}
