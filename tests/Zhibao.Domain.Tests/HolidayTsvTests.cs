using Zhibao.Domain.Calendar;
using static Zhibao.Domain.Tests.TestCalendar;

namespace Zhibao.Domain.Tests;

/// <summary>Reading and writing cn-holidays.tsv, as administrators upload next year's arrangement.</summary>
public class HolidayTsvTests
{
    private const string GoodLine = "2023-10-01\tholiday\t国庆节";

    [Fact]
    public void The_shipped_file_parses_without_errors()
    {
        var dataLines = ShippedText.Split('\n').Count(l => l.Trim().Length > 0 && !l.StartsWith('#'));

        Assert.Empty(ShippedParsed.Errors);
        Assert.Equal(dataLines, ShippedParsed.Entries.Count);
        Assert.Contains(new CalendarEntry(D("2023-10-07"), CalendarEntryKind.Workday, "中秋节和国庆节"), ShippedParsed.Entries);
    }

    [Fact]
    public void The_shipped_file_covers_2019_to_2026()
    {
        Assert.Equal(Enumerable.Range(2019, 8), HolidayTsv.YearsCovered(ShippedParsed.Entries));
    }

    [Fact]
    public void A_year_counts_as_covered_only_through_its_spring_festival_rows()
    {
        var entries = new[]
        {
            new CalendarEntry(D("2026-12-31"), CalendarEntryKind.Holiday, "元旦"),
            new CalendarEntry(D("2027-02-06"), CalendarEntryKind.Holiday, "春节"),
        };

        Assert.Equal([2027], HolidayTsv.YearsCovered(entries));
    }

    [Theory]
    [InlineData("2023/10/02\tholiday\t国庆节", "第3行：日期格式应为 yyyy-MM-dd，实际为“2023/10/02”")]
    [InlineData("2023-13-01\tholiday\t国庆节", "第3行：日期格式应为 yyyy-MM-dd，实际为“2023-13-01”")]
    [InlineData("2023-10-02\trest\t国庆节", "第3行：类型应为 holiday（放假）或 workday（调休上班），实际为“rest”")]
    [InlineData("2023-10-11\tworkday\t国庆节", "第3行：2023-10-11 是星期三，workday（调休上班）只能是星期六或星期日")]
    [InlineData("2023-10-01\tholiday\t国庆节", "第3行：日期 2023-10-01 与第2行重复")]
    [InlineData("2023-10-02\tholiday", "第3行：应为“日期<Tab>类型<Tab>名称”三列，实际为2列")]
    [InlineData("2023-10-02\tholiday\t ", "第3行：应为“日期<Tab>类型<Tab>名称”三列，实际为2列")] // an empty name
    public void A_bad_line_is_reported_with_its_line_number(string badLine, string expected)
    {
        var result = HolidayTsv.Parse($"# date\tkind\tname\n{GoodLine}\n{badLine}\n2023-10-03\tholiday\t国庆节\n");

        Assert.Equal([expected], result.Errors);
        Assert.Equal([D("2023-10-01"), D("2023-10-03")], result.Entries.Select(e => e.Date));
    }

    [Fact]
    public void Every_bad_line_is_reported_not_just_the_first()
    {
        var result = HolidayTsv.Parse("2023-02-30\tholiday\tx\n\n2023-10-02\tbad\tx\n2023-10-11\tworkday\tx\n");

        Assert.Equal(3, result.Errors.Count);
        Assert.StartsWith("第1行：", result.Errors[0], StringComparison.Ordinal);
        Assert.StartsWith("第3行：", result.Errors[1], StringComparison.Ordinal);
        Assert.StartsWith("第4行：", result.Errors[2], StringComparison.Ordinal);
        Assert.Empty(result.Entries);
    }

    [Fact]
    public void Windows_line_ends_a_byte_order_mark_and_spaces_instead_of_tabs_are_accepted()
    {
        var result = HolidayTsv.Parse("\uFEFF# x\r\n2023-10-01\tholiday\t国庆节\r\n2023-10-07  WORKDAY  国庆节\r\n");

        Assert.Empty(result.Errors);
        Assert.Equal(
            [new CalendarEntry(D("2023-10-01"), CalendarEntryKind.Holiday, "国庆节"), new CalendarEntry(D("2023-10-07"), CalendarEntryKind.Workday, "国庆节")],
            result.Entries);
    }

    [Fact]
    public void Format_writes_rows_in_date_order_that_parse_back_to_the_same_entries()
    {
        var text = HolidayTsv.Format(ShippedParsed.Entries.Reverse());
        var reparsed = HolidayTsv.Parse(text);

        Assert.Contains("\n2018-12-29\tworkday\t元旦\n", text, StringComparison.Ordinal);
        Assert.Empty(reparsed.Errors);
        Assert.Equal(ShippedParsed.Entries.OrderBy(e => e.Date), reparsed.Entries);
    }
}
