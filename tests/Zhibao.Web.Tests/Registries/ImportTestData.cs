using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Zhibao.Web.Tests.Infrastructure;

namespace Zhibao.Web.Tests.Registries;

/// <summary>Workbooks built with MiniExcel and the import routes (preview, confirm, wait for the background run).</summary>
internal static class ImportTestData
{
    /// <summary>An .xlsx whose first sheet has <paramref name="headers"/> and one row per array (null = blank cell).</summary>
    public static byte[] Workbook(string[] headers, IEnumerable<object?[]> rows)
    {
        var table = rows.Select(cells =>
        {
            var line = new Dictionary<string, object?>(headers.Length);
            for (var i = 0; i < headers.Length; i++)
            {
                line[headers[i]] = i < cells.Length ? cells[i] : null;
            }
            return line;
        }).ToList();
        if (table.Count == 0)
        {
            table.Add(headers.ToDictionary(h => h, _ => (object?)null));   // MiniExcel writes the headers only above a row
        }
        using var stream = new MemoryStream();
        stream.SaveAs(table, sheetName: "导入数据");
        return stream.ToArray();
    }

    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, string registry, byte[] content, string fileName = "导入.xlsx")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", fileName);
        return client.PostAsync($"/api/{registry}/import/preview", form);
    }

    public static async Task<JsonElement> PreviewAsync(HttpClient client, string registry, byte[] content)
    {
        var response = await UploadAsync(client, registry, content);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"preview → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(ZhibaoApp.Json);
    }

    /// <summary>Confirms and waits for the background run to finish; returns the final state (status completed).</summary>
    public static async Task<JsonElement> ConfirmAsync(HttpClient client, string registry, string importId, TimeSpan? timeout = null)
    {
        var response = await client.PostAsync($"/api/{registry}/import/{importId}/confirm", null);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"confirm → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await WaitAsync(client, registry, importId, timeout ?? TimeSpan.FromSeconds(60));
    }

    public static async Task<JsonElement> WaitAsync(HttpClient client, string registry, string importId, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            var state = await client.GetFromJsonAsync<JsonElement>($"/api/{registry}/import/{importId}", ZhibaoApp.Json);
            var status = state.GetProperty("status").GetString();
            if (status is "completed" or "failed")
            {
                Assert.True(status == "completed", $"import failed: {state}");
                return state;
            }
            Assert.True(DateTime.UtcNow < until, $"import still {status} after {timeout}: {state}");
            await Task.Delay(100);
        }
    }

    /// <summary>
    /// The flow every registry's import must follow on a file mixing valid and invalid rows: the preview counts and names
    /// each bad cell in Chinese (exactly <paramref name="errors"/>, by row) and writes nothing (<paramref name="count"/>
    /// unchanged, <paramref name="untouched"/> still holds); the error workbook, read back with MiniExcel, holds exactly the
    /// invalid rows as uploaded plus 错误说明; confirm writes only the valid rows (<paramref name="created"/> new,
    /// <paramref name="updated"/> changed) with one summary 导入 entry for <paramref name="entityType"/>. Returns the final state.
    /// </summary>
    public static async Task<JsonElement> MixedImportAsync(ZhibaoApp app, HttpClient client, string registry, string[] headers, byte[] file,
        int created, int updated, IReadOnlyDictionary<int, (string Column, string Message)[]> errors, Func<Task<int>> count, string entityType,
        Func<Task>? untouched = null)
    {
        var before = await count();
        var logsBefore = await RegistryTestData.WithDbAsync(app, db => db.OperationLogs.CountAsync(l => l.EntityType == entityType));
        var preview = await PreviewAsync(client, registry, file);
        var valid = preview.GetProperty("total").GetInt32() - errors.Count;
        Assert.Equal((errors.Count, created, updated, valid - created - updated), (preview.GetProperty("invalid").GetInt32(),
            preview.GetProperty("new").GetInt32(), preview.GetProperty("updated").GetInt32(), preview.GetProperty("unchanged").GetInt32()));
        Assert.Equal(headers, preview.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var invalidRows = preview.GetProperty("invalidRows").EnumerateArray().ToList();
        Assert.Equal(errors.Keys.Order(), invalidRows.Select(r => r.GetProperty("row").GetInt32()));
        foreach (var row in invalidRows)
        {
            Assert.Equal(errors[row.GetProperty("row").GetInt32()], row.GetProperty("errors").EnumerateArray()
                .Select(e => (e.GetProperty("column").GetString()!, e.GetProperty("message").GetString()!)));
        }

        // Nothing written by the preview.
        Assert.Equal(before, await count());
        Assert.Equal(logsBefore, await RegistryTestData.WithDbAsync(app, db => db.OperationLogs.CountAsync(l => l.EntityType == entityType)));
        if (untouched is not null)
        {
            await untouched();
        }

        var importId = preview.GetProperty("importId").GetString()!;
        var workbook = await client.GetAsync($"/api/{registry}/import/{importId}/errors");
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        var errorRows = ReadRows(await workbook.Content.ReadAsByteArrayAsync());
        Assert.Equal(headers.Append("错误说明"), errorRows[0].Keys);
        Assert.Equal(errors.OrderBy(e => e.Key).Select(e => string.Join("；", e.Value.Select(v => $"{v.Column}：{v.Message}"))),
            errorRows.Select(r => r["错误说明"]?.ToString()));
        var sent = ReadRows(file);
        Assert.Equal(errors.Keys.Order().Select(row => headers.Select(h => sent[row - 2][h]?.ToString())),
            errorRows.Select(r => headers.Select(h => r[h]?.ToString())));   // as uploaded

        var done = await ConfirmAsync(client, registry, importId);
        Assert.Equal((created, updated), (done.GetProperty("inserted").GetInt32(), done.GetProperty("changed").GetInt32()));
        Assert.Equal(before + created, await count());
        var summary = Assert.Single(await RegistryTestData.WithDbAsync(app, db => db.OperationLogs.AsNoTracking()
            .Where(l => l.EntityType == entityType).OrderBy(l => l.Id).Skip(logsBefore).ToListAsync()));
        Assert.Equal(("导入", importId), (summary.Action, summary.EntityKey));
        return done;
    }

    /// <summary>The same file again registers nothing twice: every valid row is registered as it is; confirming writes nothing.</summary>
    public static async Task ReimportChangesNothingAsync(HttpClient client, string registry, byte[] file, int valid, int invalid, Func<Task<int>> count)
    {
        var before = await count();
        var again = await PreviewAsync(client, registry, file);
        Assert.Equal((0, valid, 0, invalid), (again.GetProperty("new").GetInt32(), again.GetProperty("unchanged").GetInt32(),
            again.GetProperty("updated").GetInt32(), again.GetProperty("invalid").GetInt32()));
        var second = await ConfirmAsync(client, registry, again.GetProperty("importId").GetString()!);
        Assert.Equal((0, 0), (second.GetProperty("inserted").GetInt32(), second.GetProperty("changed").GetInt32()));
        Assert.Equal(before, await count());
    }

    /// <summary>An export (list filters in <paramref name="exportUrl"/>) imports back unchanged: its headers are the import's.</summary>
    public static async Task ExportImportsBackUnchangedAsync(HttpClient client, string registry, string exportUrl, int atLeast)
    {
        var export = await client.GetAsync(exportUrl);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var preview = await PreviewAsync(client, registry, await export.Content.ReadAsByteArrayAsync());
        Assert.True(preview.GetProperty("total").GetInt32() >= atLeast, preview.ToString());
        Assert.True(preview.GetProperty("unchanged").GetInt32() == preview.GetProperty("total").GetInt32(),
            $"an export should import back unchanged: {preview.GetProperty("invalidRows")} {preview.GetProperty("rows")}");
    }

    /// <summary>The template downloads with the import's headers, and its example row previews as valid.</summary>
    public static async Task TemplateExampleIsValidAsync(HttpClient client, string registry, string[] headers)
    {
        var response = await client.GetAsync($"/api/{registry}/import/template");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(headers, Assert.Single(ReadRows(bytes)).Keys);
        var preview = await PreviewAsync(client, registry, bytes);
        Assert.True((1, 0) == (preview.GetProperty("valid").GetInt32(), preview.GetProperty("invalid").GetInt32()), preview.GetProperty("rows").ToString());
    }

    /// <summary>The rows of a downloaded workbook's first sheet, by header.</summary>
    public static List<IDictionary<string, object?>> ReadRows(byte[] content) =>
        new MemoryStream(content).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
}
