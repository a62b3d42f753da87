namespace Zhibao.Data.Entities;

/// <summary>操作日志: written by the audit interceptor in the same transaction as the change it records.</summary>
public sealed class OperationLog : IUnitOwned
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public int? UserId { get; set; }
    public string? UserName { get; set; }
    /// <summary>The acting user's unit, so a unit sees what its own people did.</summary>
    public int OrgUnitId { get; set; }
    /// <summary>新增 / 修改 / 删除.</summary>
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityKey { get; set; }
    /// <summary>JSON object: field → {"old": …, "new": …}.</summary>
    public required string Changes { get; set; }
}

/// <summary>登录日志: every sign-in attempt, UI or API.</summary>
public sealed class SignInLog
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string UserName { get; set; }
    public int? UserId { get; set; }
    public bool Succeeded { get; set; }
    /// <summary>成功 / 密码错误 / 账号已锁定 / 用户不存在 / 账号已停用.</summary>
    public required string Result { get; set; }
    /// <summary>界面 or 接口.</summary>
    public required string Channel { get; set; }
    public string? IpAddress { get; set; }
    public string? UserAgent { get; set; }
}
