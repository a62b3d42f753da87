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

public sealed class MissingArrangementTests
{
    private static readonly WorkingCalendar Loaded2026 = new([], [2025, 2026]);

    [Theory]
    [InlineData("2026-09-30", null)]     // next year's notice not yet due
    [InlineData("2026-10-01", 2027)]     // from October, warn about next year
    [InlineData("2026-11-25", 2027)]
    [InlineData("2027-01-02", 2027)]     // a year under way without its arrangement
    [InlineData("2025-12-31", null)]     // 2026 is loaded
    public void The_workbench_warns_about_the_year_that_should_be_loaded(string today, int? expected)
    {
        Assert.Equal(expected, CalendarService.MissingArrangement(Loaded2026, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
