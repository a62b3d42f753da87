using System.Text.Json;

namespace Zhibao.Web.Cases;

/// <summary>Collects field changes for the case history ("字段 → 原值 / 新值"), applying each as it is recorded.</summary>
internal sealed class CaseChanges
{
    private readonly Dictionary<string, object?> changes = [];

    public bool Any => changes.Count > 0;

    public void Set<T>(string field, T current, T next, Action<T> apply)
    {
        if (EqualityComparer<T>.Default.Equals(current, next))
        {
            return;
        }
        changes[field] = new { old = current, @new = next };
        apply(next);
    }

    public string ToJson() => JsonSerializer.Serialize(changes, Options);

    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

