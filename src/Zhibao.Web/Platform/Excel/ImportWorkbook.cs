using MiniExcelLibs;

namespace Zhibao.Web.Platform.Excel;

/// <summary>An uploaded file that cannot be read as an import: the API answers 400 with this Chinese message.</summary>
public sealed class ImportFileException(string message) : Exception(message);

/// <summary>A data row as read from the sheet: its row number as Excel shows it and the cell texts in the definition's column order.</summary>
public sealed record SheetRow(int Number, string?[] Cells);

/// <summary>Reading an import sheet and writing the template and the error workbook (MiniExcel; no hand-written XLSX).</summary>
public static class ImportWorkbook
{
    public const string DataSheet = "导入数据";
    public const string NotesSheet = "填写说明";
    /// <summary>The column the error workbook adds; ignored when the corrected workbook is uploaded again.</summary>
    public const string ErrorColumn = "错误说明";

    /// <summary>
    /// Shared strings in memory: MiniExcel's default moves a shared-string table over 5 MB (a sheet of some 100,000 rows)
    /// to a disk cache, which made reading ten times slower. The upload size limit bounds the table.
    /// </summary>
    private static readonly MiniExcelLibs.OpenXml.OpenXmlConfiguration Reading = new() { EnableSharedStringCache = false };

    /// <summary>
    /// The data rows of the first sheet. The header row is the first row with text; its cells are matched to
    /// <paramref name="headers"/> (spaces and a trailing * ignored), extra columns are ignored, a missing required column
    /// is an <see cref="ImportFileException"/>. Blank rows are skipped.
    /// </summary>
    public static IEnumerable<SheetRow> Read(byte[] content, IReadOnlyList<string> headers, IReadOnlyList<bool> required)
    {
        IEnumerator<object> rows;
        try
        {
            rows = new MemoryStream(content, writable: false).Query(useHeaderRow: false, excelType: ExcelType.XLSX, configuration: Reading).GetEnumerator();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw NotAWorkbook();
        }
        using (rows)
        {
            string?[]? map = null;
            var number = 0;
            while (Next(rows))
            {
                number++;
                var cells = (IDictionary<string, object?>)rows.Current;
                if (map is null)
                {
                    if (cells.Values.All(v => ImportCells.Text(v) is null))
                    {
                        continue;
                    }
                    map = MapHeaders(cells, headers, required);
                    continue;
                }
                var row = new string?[headers.Count];
                var any = false;
                for (var i = 0; i < map.Length; i++)
                {
                    if (map[i] is { } key && cells.TryGetValue(key, out var value) && ImportCells.Text(value) is { } text)
                    {
                        row[i] = text;
                        any = true;
                    }
                }
                if (any)
                {
                    yield return new SheetRow(number, row);
                }
            }
            if (map is null)
            {
                throw new ImportFileException($"工作簿是空的：第一个工作表没有表头行。请下载导入模板，按模板的表头（{string.Join("、", headers)}）填写");
            }
        }
    }

    private static bool Next(IEnumerator<object> rows)
    {
        try
        {
            return rows.MoveNext();
        }
        catch (Exception e) when (e is not OperationCanceledException and not ImportFileException)
        {
            throw NotAWorkbook();
        }
    }

    private static ImportFileException NotAWorkbook() => new("文件不是有效的Excel工作簿（.xlsx），请下载导入模板填写后上传");

    /// <summary>For each of the definition's columns, the sheet column ("A", "B"…) holding it (null when absent).</summary>
    private static string?[] MapHeaders(IDictionary<string, object?> cells, IReadOnlyList<string> headers, IReadOnlyList<bool> required)
    {
        var positions = cells.Select(c => (Text: Normalize(ImportCells.Text(c.Value)), Column: c.Key))
            .Where(c => c.Text.Length > 0)
            .GroupBy(c => c.Text)
            .ToDictionary(g => g.Key, g => g.First().Column);
        var map = headers.Select(h => positions.TryGetValue(Normalize(h), out var column) ? column : null).ToArray();
        if (map.All(c => c is null))
        {
            throw new ImportFileException($"第一行不是导入模板的表头：应包含“{string.Join("”“", headers)}”等列。请下载导入模板填写");
        }
        var missing = headers.Where((h, i) => required[i] && map[i] is null).ToList();
        if (missing.Count > 0)
        {
            throw new ImportFileException($"缺少必填列：{string.Join("、", missing)}。请使用导入模板的表头");
        }
        return map;
    }

    private static string Normalize(string? header) =>
        string.Concat((header ?? "").Where(c => !char.IsWhiteSpace(c) && c is not '*' and not '＊' and not '\u3000'));

    /// <summary>The template: the data sheet with the headers and one example row, and a sheet describing every column.</summary>
    public static byte[] Template<TRow>(IReadOnlyList<ImportColumn<TRow>> columns, string title)
    {
        var example = columns.ToDictionary(c => c.Header, c => (object?)c.Example);
        var notes = columns.Select(c => new Dictionary<string, object?>
        {
            ["列名"] = c.Header, ["是否必填"] = c.Required ? "必填" : "选填", ["填写说明"] = c.Note, ["示例"] = c.Example,
        }).ToList();
        notes.Add(new Dictionary<string, object?>
        {
            ["列名"] = "（说明）", ["是否必填"] = null,
            ["填写说明"] = $"第一行为表头，请勿修改；从第二行起每行一条{title}记录，示例行可删除或改写。已登记的记录按唯一标识更新，留空的选填列不改动原有内容；同一文件重复导入不会重复登记。",
            ["示例"] = null,
        });
        var sheets = new Dictionary<string, object>
        {
            [DataSheet] = new List<Dictionary<string, object?>> { example },
            [NotesSheet] = notes,
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    /// <summary>The invalid rows as uploaded, under the same headers, with <see cref="ErrorColumn"/> added.</summary>
    public static byte[] Errors(IReadOnlyList<string> headers, IEnumerable<(string?[] Cells, string Errors)> rows)
    {
        var table = rows.Select(r =>
        {
            var line = new Dictionary<string, object?>(headers.Count + 1);
            for (var i = 0; i < headers.Count; i++)
            {
                line[headers[i]] = r.Cells[i];
            }
            line[ErrorColumn] = r.Errors;
            return line;
        }).ToList();
        if (table.Count == 0)
        {
            // MiniExcel needs one row to know the headers.
            var empty = headers.ToDictionary(h => h, _ => (object?)null);
            empty[ErrorColumn] = "没有有误的行";
            table.Add(empty);
        }
        using var stream = new MemoryStream();
        stream.SaveAs(table, sheetName: DataSheet);
        return stream.ToArray();
    }
}
