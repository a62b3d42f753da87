using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Zhibao.Domain.Reporting;

/// <summary>
/// What a prepared report holds, frozen: the layout it was made with, its cases (as at the month's end) and its totals.
/// Stored as JSON with the SHA-256 of its UTF-8 bytes; the JSON holds no timestamps or names of who acted, so the same
/// data always gives the same bytes and hash, and once submitted the text is never rewritten.
/// </summary>
public sealed record ReportSnapshot(
    string Period, int BureauId, string BureauName, DateOnly DueDate, IReadOnlyList<ReportField> Fields, IReadOnlyList<ReportCase> Cases,
    ReportTotals Totals)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Chinese stays readable in the stored text (it is data, never HTML).
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    [JsonIgnore]
    public ReportLayout Layout => new(Fields);

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static ReportSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<ReportSnapshot>(json, Options) ?? throw new JsonException("empty report snapshot");

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text.</summary>
    public static string Sha256(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}
