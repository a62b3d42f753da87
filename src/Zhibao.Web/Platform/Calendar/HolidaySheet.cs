using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Zhibao.Web.Platform.Calendar;

/// <summary>Turns an uploaded arrangement (.xlsx with columns 日期/类型/名称, or .tsv/.txt) into the TSV text the parser checks.</summary>
public static class HolidaySheet
{
    public const long MaxBytes = 1024 * 1024;

    public static async Task<string> ReadAsync(Stream stream, string fileName, CancellationToken ct)
    {
        if (!fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return await reader.ReadToEndAsync(ct);
        }
        // MiniExcel needs a seekable stream; browser uploads are not.
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var text = new StringBuilder();
        foreach (IDictionary<string, object?> row in buffer.Query(useHeaderRow: false))
        {
            var cells = row.Values.Take(3).Select(Cell).ToList();
            if (cells.Count == 0 || string.IsNullOrWhiteSpace(cells[0]) || cells[0] is "日期" or "date")
            {
                continue;   // blank rows and the header row
            }
            text.AppendJoin('\t', cells).Append('\n');
        }
        return text.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        null => "",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };
}
