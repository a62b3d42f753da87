using Microsoft.EntityFrameworkCore;
using Zhibao.Data;
using Zhibao.Data.Entities;
using Zhibao.Domain.Calendar;

namespace Zhibao.Web.Platform.Calendar;

/// <summary>
/// The working-day calendar every clock uses, built once from the database and shared: building the
/// day table is the expensive part, answering from it is cheap. Rebuilt after an edit here, and at
/// most a minute after an edit on another app instance.
/// </summary>
public sealed class CalendarService(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim gate = new(1, 1);
    private WorkingCalendar? current;
    private DateTimeOffset loadedAt;

    public async Task<WorkingCalendar> GetAsync(CancellationToken ct = default)
    {
        if (current is { } fresh && clock.GetUtcNow() - loadedAt < MaxAge)
        {
            return fresh;
        }
        await gate.WaitAsync(ct);
        try
        {
            if (current is null || clock.GetUtcNow() - loadedAt >= MaxAge)
            {
                current = await LoadAsync(ct);
                loadedAt = clock.GetUtcNow();
            }
            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate() => loadedAt = DateTimeOffset.MinValue;

    /// <summary>
    /// The year whose arrangement should be loaded and is not: this year, or from October (the State Council publishes
    /// next year's in the autumn) next year. Until then deadlines reaching into it count weekends only.
    /// </summary>
    public static int? MissingArrangement(WorkingCalendar calendar, DateOnly today) =>
        !calendar.IsLoaded(today.Year) ? today.Year
        : today.Month >= 10 && !calendar.IsLoaded(today.Year + 1) ? today.Year + 1
        : null;

    public void Dispose() => gate.Dispose();

    private async Task<WorkingCalendar> LoadAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ZhibaoDb>>().CreateDbContextAsync(ct);
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(ct);
        var years = await db.CalendarYears.AsNoTracking().Select(y => y.Year).ToListAsync(ct);
        return new WorkingCalendar(days.Select(d => new CalendarEntry(d.Date, d.Kind, d.Name)), years);
    }
}

public sealed record CalendarYearRow(int Year, DateTime LoadedAt, string? LoadedBy, string? Source, int HolidayCount, int MakeupWorkdayCount);

public sealed record ImportPreview(int Year, IReadOnlyList<CalendarEntry> Entries, IReadOnlyList<string> Errors, int Added, int Removed, int Changed, bool ReplacesLoadedYear);

/// <summary>Loading next year's arrangement and editing single days (日历管理), audited like every change.</summary>
public sealed class CalendarAdministration(IDbContextFactory<ZhibaoDb> factory, CalendarService calendar, TimeProvider clock, IDataScope user)
{
    public async Task<IReadOnlyList<CalendarYearRow>> YearsAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var years = await db.CalendarYears.AsNoTracking().OrderByDescending(y => y.Year).ToListAsync(ct);
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(ct);
        return years.Select(y => new CalendarYearRow(y.Year, y.LoadedAt, y.LoadedBy, y.Source,
            days.Count(d => d.Date.Year == y.Year && d.Kind == CalendarEntryKind.Holiday),
            days.Count(d => d.Date.Year == y.Year && d.Kind == CalendarEntryKind.Workday))).ToList();
    }

    /// <summary>Parses an arrangement for <paramref name="year"/> and says what loading it would change.</summary>
    public async Task<ImportPreview> PreviewAsync(int year, string text, CancellationToken ct)
    {
        var parsed = HolidayTsv.Parse(text);
        var errors = parsed.Errors.ToList();
        if (year is < 2000 or > 2100)
        {
            errors.Add("年份须在2000到2100之间");
        }
        // A notice may start the year's arrangement in the last days of the year before (元旦 bridges).
        var outside = parsed.Entries.Where(e => e.Date.Year != year && !(e.Date.Year == year - 1 && e.Date.Month == 12)).ToList();
        errors.AddRange(outside.Select(e => $"{e.Date:yyyy-MM-dd} 不属于{year}年的安排"));
        if (parsed.Entries.Count == 0 && parsed.Errors.Count == 0)
        {
            errors.Add("没有读到任何日期行");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var existing = await db.CalendarDays.AsNoTracking().Where(d => d.Date.Year == year).ToDictionaryAsync(d => d.Date, ct);
        var incoming = parsed.Entries.Where(e => e.Date.Year == year).ToDictionary(e => e.Date);
        return new ImportPreview(year, parsed.Entries, errors,
            Added: incoming.Keys.Count(d => !existing.ContainsKey(d)),
            Removed: existing.Keys.Count(d => !incoming.ContainsKey(d)),
            Changed: incoming.Values.Count(e => existing.TryGetValue(e.Date, out var old) && (old.Kind != e.Kind || old.Name != e.Name)),
            ReplacesLoadedYear: await db.CalendarYears.AnyAsync(y => y.Year == year, ct));
    }

    /// <summary>Replaces the year's rows with the arrangement and marks the year loaded, in one save.</summary>
    public async Task<ImportPreview> ImportAsync(int year, string text, string source, CancellationToken ct)
    {
        var preview = await PreviewAsync(year, text, ct);
        if (preview.Errors.Count > 0)
        {
            return preview;
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var dates = preview.Entries.Select(e => e.Date).ToList();
        db.CalendarDays.RemoveRange(await db.CalendarDays.Where(d => d.Date.Year == year || dates.Contains(d.Date)).ToListAsync(ct));
        db.CalendarDays.AddRange(preview.Entries.Select(e => new CalendarDayRecord { Date = e.Date, Kind = e.Kind, Name = e.Name }));
        var loaded = await db.CalendarYears.FindAsync([year], ct);
        if (loaded is null)
        {
            db.CalendarYears.Add(loaded = new CalendarYear { Year = year });
        }
        loaded.LoadedAt = clock.GetUtcNow().UtcDateTime;
        loaded.LoadedBy = user.UserName;
        loaded.Source = string.IsNullOrWhiteSpace(source) ? "管理员导入" : source.Trim();
        await db.SaveChangesAsync(ct);
        calendar.Invalidate();
        return preview;
    }

    /// <summary>Sets one day: a holiday, a make-up working day (weekends only), or back to the normal week.</summary>
    public async Task<FieldErrorsResult> SetDayAsync(DateOnly date, DayKind kind, string? name, CancellationToken ct)
    {
        var errors = new Api.FieldErrors();
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (kind == DayKind.MakeupWorkday && !weekend)
        {
            errors.Add("kind", "调休上班日只能设在周六或周日");
        }
        if (kind is DayKind.Holiday or DayKind.MakeupWorkday && string.IsNullOrWhiteSpace(name))
        {
            errors.Add("name", "请填写节日名称");
        }
        if (errors.Any)
        {
            return new FieldErrorsResult(errors);
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.CalendarDays.FindAsync([date], ct);
        if (kind is DayKind.Holiday or DayKind.MakeupWorkday)
        {
            if (row is null)
            {
                db.CalendarDays.Add(row = new CalendarDayRecord { Date = date, Name = "" });
            }
            row.Kind = kind == DayKind.Holiday ? CalendarEntryKind.Holiday : CalendarEntryKind.Workday;
            row.Name = name!.Trim();
        }
        else if (row is not null)
        {
            db.CalendarDays.Remove(row);
        }
        await db.SaveChangesAsync(ct);
        calendar.Invalidate();
        return new FieldErrorsResult(errors);
    }
}

public sealed record FieldErrorsResult(Api.FieldErrors Errors)
{
    public bool Succeeded => !Errors.Any;
}
