using System.Globalization;
using System.Text;

namespace Zhibao.Domain.Calendar;

/// <summary>The result of reading a holiday file: the rows that were valid, and one Chinese message per bad line.</summary>
public sealed record TsvParseResult(IReadOnlyList<CalendarEntry> Entries, IReadOnlyList<string> Errors);

/// <summary>
/// Reads and writes the format of cn-holidays.tsv: '#' comment lines, then "date\tkind\tname" rows with kind
/// <c>holiday</c> or <c>workday</c>. Administrators upload next year's arrangement in this format, so the parser
/// reports every problem with its line number instead of stopping at the first.
/// </summary>
public static class HolidayTsv
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>Parses the file; never throws on bad lines. 计算规则1（docs: shared/domain/README.md）</summary>
    public static TsvParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<CalendarEntry>();
        var errors = new List<string>();
        var lineOfDate = new Dictionary<DateOnly, int>();

        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var lineNumber = index + 1;
            var line = lines[index].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var entry = ParseLine(line, lineNumber, errors);
            if (entry is null)
            {
                continue;
            }
            if (lineOfDate.TryGetValue(entry.Date, out var firstLine))
            {
                errors.Add($"第{lineNumber}行：日期 {Format(entry.Date)} 与第{firstLine}行重复");
                continue;
            }
            lineOfDate.Add(entry.Date, lineNumber);
            entries.Add(entry);
        }
        return new TsvParseResult(entries, errors);
    }

    /// <summary>
    /// The years whose arrangement the entries contain. Every State Council notice covers its year's 春节, while a
    /// notice's 元旦 rows can spill into the previous December, so a 春节 row is what marks a year as loaded.
    /// 计算规则1（docs: shared/domain/README.md）
    /// </summary>
    public static IReadOnlyList<int> YearsCovered(IEnumerable<CalendarEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return [.. entries.Where(e => e.Name.Contains("春节", StringComparison.Ordinal))
            .Select(e => e.Date.Year)
            .Distinct()
            .Order()];
    }

    /// <summary>
    /// Writes entries in the same format, ordered by date, so a download can be edited and uploaded again.
    /// 计算规则1（docs: shared/domain/README.md）
    /// </summary>
    public static string Format(IEnumerable<CalendarEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var text = new StringBuilder();
        text.Append("# date\tkind\tname\n");
        text.Append("# kind: holiday = 法定节假日或调休放假日; workday = 调休上班的周六或周日\n");
        foreach (var entry in entries.OrderBy(e => e.Date))
        {
            var kind = entry.Kind == CalendarEntryKind.Holiday ? "holiday" : "workday";
            // A tab or line break inside a name would split the row when the file is read back.
            var name = entry.Name.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ').Trim();
            text.Append(Format(entry.Date)).Append('\t').Append(kind).Append('\t').Append(name).Append('\n');
        }
        return text.ToString();
    }

    private static CalendarEntry? ParseLine(string line, int lineNumber, List<string> errors)
    {
        // Rows pasted from a spreadsheet or typed by hand may use spaces instead of tabs.
        var fields = line.Contains('\t')
            ? line.Split('\t', StringSplitOptions.TrimEntries)
            : line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 3)
        {
            errors.Add($"第{lineNumber}行：应为“日期<Tab>类型<Tab>名称”三列，实际为{fields.Length}列");
            return null;
        }
        var (dateText, kindText, name) = (fields[0], fields[1], fields[2]);

        var valid = true;
        if (!DateOnly.TryParseExact(dateText, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add($"第{lineNumber}行：日期格式应为 yyyy-MM-dd，实际为“{dateText}”");
            valid = false;
        }
        CalendarEntryKind? kind = kindText.ToLowerInvariant() switch
        {
            "holiday" => CalendarEntryKind.Holiday,
            "workday" => CalendarEntryKind.Workday,
            _ => null,
        };
        if (kind is null)
        {
            errors.Add($"第{lineNumber}行：类型应为 holiday（放假）或 workday（调休上班），实际为“{kindText}”");
            valid = false;
        }
        if (valid && kind == CalendarEntryKind.Workday && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            errors.Add($"第{lineNumber}行：{Format(date)} 是{WeekdayName(date)}，workday（调休上班）只能是星期六或星期日");
            valid = false;
        }
        return valid ? new CalendarEntry(date, kind!.Value, name) : null;
    }

    private static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static string WeekdayName(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Monday => "星期一",
        DayOfWeek.Tuesday => "星期二",
        DayOfWeek.Wednesday => "星期三",
        DayOfWeek.Thursday => "星期四",
        DayOfWeek.Friday => "星期五",
        DayOfWeek.Saturday => "星期六",
        _ => "星期日",
    };
}
