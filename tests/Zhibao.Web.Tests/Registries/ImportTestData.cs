using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
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

    /// <summary>The rows of a downloaded workbook's first sheet, by header.</summary>
    public static List<IDictionary<string, object?>> ReadRows(byte[] content) =>
        new MemoryStream(content).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
}
