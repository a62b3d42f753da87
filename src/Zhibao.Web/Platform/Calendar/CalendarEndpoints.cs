using System.Globalization;
using Zhibao.Data;
using Zhibao.Domain.Calendar;
using Zhibao.Domain.Deadlines;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Platform.Calendar;

public sealed record CalendarDayResponse(string Date, bool IsWorkingDay, DayKind Kind, string? Name);

public sealed record DeadlineStepResponse(string Date, string Note);

public sealed record DeadlineResponse(
    string From, int Amount, PeriodUnit Unit, string Period, string DueDate, string? DueAt,
    bool CalendarComplete, string? Warning, IReadOnlyList<DeadlineStepResponse> Steps);

public sealed record CalendarImportRequest(int Year, string? Text, string? Source);

public sealed record SetDayRequest(DayKind Kind, string? Name);

public static class CalendarModule
{
    public static IServiceCollection AddCalendarModule(this IServiceCollection services)
    {
        services.AddSingleton<CalendarService>();
        services.AddScoped<CalendarAdministration>();
        services.AddScoped<DeadlineQuery>();
        return services;
    }

    public static void MapCalendarModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/calendar").WithTags("日历与期限").RequireAuthorization();
        api.MapGet("/deadline", (string? from, string? amount, string? unit, DeadlineQuery query, CancellationToken ct) => query.HandleAsync(from, amount, unit, ct))
            .WithSummary("期限计算：起算日 + 期间（工作日/日/月/小时），返回到期日与推算步骤")
            .Produces<DeadlineResponse>().ProducesValidationProblem();
        api.MapGet("/years", (CalendarAdministration admin, CancellationToken ct) => admin.YearsAsync(ct))
            .WithSummary("已载入节假日安排的年份");
        api.MapGet("/month/{year:int}/{month:int}", MonthAsync).WithSummary("某月每一天的类型");
        api.MapGet("/{date}", DayAsync).WithSummary("某日是否工作日（workday/weekend/holiday/makeupWorkday）")
            .Produces<CalendarDayResponse>().ProducesValidationProblem();
        api.MapPost("/import/preview", (CalendarImportRequest request, CalendarAdministration admin, CancellationToken ct) =>
                admin.PreviewAsync(request.Year, request.Text ?? "", ct))
            .RequirePermission(Permissions.CalendarEdit).WithSummary("预览导入的年度节假日安排（TSV：日期\\t类型\\t名称）");
        api.MapPost("/import", ImportAsync).RequirePermission(Permissions.CalendarEdit).WithSummary("导入并替换某年的节假日安排");
        api.MapPut("/days/{date}", SetDayAsync).RequirePermission(Permissions.CalendarEdit).WithSummary("修改单日：holiday / makeupWorkday / workday（恢复为常规）");
    }

    private static async Task<IResult> DayAsync(string date, CalendarService calendar, CancellationToken ct)
    {
        if (!TryParseDate(date, out var day))
        {
            return new FieldErrors().Add("date", "日期格式应为 yyyy-MM-dd，例如 2023-10-07").ToProblem();
        }
        var cal = await calendar.GetAsync(ct);
        return Results.Ok(ToResponse(cal.Describe(day)));
    }

    private static async Task<IResult> MonthAsync(int year, int month, CalendarService calendar, CancellationToken ct)
    {
        if (year is < 1990 or > 2199 || month is < 1 or > 12)
        {
            return new FieldErrors().Add("month", "年份须在1990到2199之间，月份须在1到12之间").ToProblem();
        }
        var cal = await calendar.GetAsync(ct);
        var first = new DateOnly(year, month, 1);
        var days = Enumerable.Range(0, DateTime.DaysInMonth(year, month)).Select(i => ToResponse(cal.Describe(first.AddDays(i)))).ToList();
        return Results.Ok(new { year, month, loaded = cal.IsLoaded(year), days });
    }

    private static async Task<IResult> ImportAsync(CalendarImportRequest request, CalendarAdministration admin, CancellationToken ct)
    {
        var result = await admin.ImportAsync(request.Year, request.Text ?? "", request.Source ?? "", ct);
        if (result.Errors.Count == 0)
        {
            return Results.Ok(result);
        }
        var errors = new FieldErrors();
        foreach (var error in result.Errors)
        {
            errors.Add("text", error);
        }
        return errors.ToProblem();
    }

    private static async Task<IResult> SetDayAsync(string date, SetDayRequest request, CalendarAdministration admin, CalendarService calendar, CancellationToken ct)
    {
        if (!TryParseDate(date, out var day))
        {
            return new FieldErrors().Add("date", "日期格式应为 yyyy-MM-dd").ToProblem();
        }
        var result = await admin.SetDayAsync(day, request.Kind, request.Name, ct);
        return result.Succeeded ? Results.Ok(ToResponse((await calendar.GetAsync(ct)).Describe(day))) : result.Errors.ToProblem();
    }

    internal static CalendarDayResponse ToResponse(CalendarDay day) =>
        new(day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day.IsWorkingDay, day.Kind, day.Name);

    internal static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
