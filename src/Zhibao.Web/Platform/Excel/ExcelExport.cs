using MiniExcelLibs;

namespace Zhibao.Web.Platform.Excel;

/// <summary>A column of an export: the Chinese header and how to read the value from a row.</summary>
public sealed record ExcelColumn<T>(string Header, Func<T, object?> Value);

/// <summary>Excel (.xlsx) exports of list pages, with Chinese headers, through MiniExcel.</summary>
public static class ExcelExport
{
    /// <summary>An .xlsx sheet holds 1,048,576 rows; exports stop short of that.</summary>
    public const int MaxRows = 1_000_000;

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] ToBytes<T>(IEnumerable<T> rows, IReadOnlyList<ExcelColumn<T>> columns, string sheetName)
    {
        var table = rows.Select(row =>
        {
            var line = new Dictionary<string, object?>(columns.Count);
            foreach (var column in columns)
            {
                line[column.Header] = column.Value(row);
            }
            return line;
        }).ToList();
        if (table.Count == 0)
        {
            // MiniExcel needs one row to know the headers; an empty export still shows them.
            table.Add(columns.ToDictionary(c => c.Header, _ => (object?)null));
        }
        using var stream = new MemoryStream();
        stream.SaveAs(table, sheetName: sheetName);
        return stream.ToArray();
    }

    /// <summary>An .xlsx download named like 用户列表_20231010.xlsx.</summary>
    public static IResult File<T>(IEnumerable<T> rows, IReadOnlyList<ExcelColumn<T>> columns, string title, TimeProvider clock) =>
        Results.File(ToBytes(rows, columns, title), ContentType, $"{title}_{Clock.Today(clock):yyyyMMdd}.xlsx");
}
