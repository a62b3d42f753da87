using System.Text;
using MiniExcelLibs;
using Zhibao.Domain.Calendar;
using Zhibao.Web.Platform.Calendar;

namespace Zhibao.Web.Tests;

public sealed class HolidaySheetTests
{
    [Fact]
    public async Task An_uploaded_workbook_becomes_rows_the_parser_accepts()
    {
        using var workbook = new MemoryStream();
        workbook.SaveAs(new[]
        {
            new Dictionary<string, object> { ["日期"] = new DateTime(2027, 10, 1), ["类型"] = "holiday", ["名称"] = "国庆节" },
            new Dictionary<string, object> { ["日期"] = "2027-09-26", ["类型"] = "workday", ["名称"] = "国庆节" },
        });
        workbook.Position = 0;

        var text = await HolidaySheet.ReadAsync(workbook, "2027年安排.xlsx", default);
        var parsed = HolidayTsv.Parse(text);

        Assert.Empty(parsed.Errors);
        Assert.Equal([new CalendarEntry(new DateOnly(2027, 10, 1), CalendarEntryKind.Holiday, "国庆节"), new CalendarEntry(new DateOnly(2027, 9, 26), CalendarEntryKind.Workday, "国庆节")], parsed.Entries);
    }

    [Fact]
    public async Task A_text_upload_is_read_as_utf8()
    {
        using var file = new MemoryStream(Encoding.UTF8.GetBytes("2027-01-01\tholiday\t元旦\n"));
        Assert.Equal("2027-01-01\tholiday\t元旦\n", await HolidaySheet.ReadAsync(file, "2027.tsv", default));
    }
}
