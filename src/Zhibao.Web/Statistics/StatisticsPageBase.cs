using System.Globalization;
using Microsoft.AspNetCore.Components;
using Zhibao.Web.Cases;
using Zhibao.Web.Platform;
using Zhibao.Web.Platform.Api;
using Zhibao.Web.Platform.Auth;

namespace Zhibao.Web.Statistics;

/// <summary>
/// What the dashboard and the section's statistics page share: the period and unit filter, the summary with its
/// tables and chart options, and the export links (which carry the same filter, so a download holds what the page shows).
/// </summary>
public abstract class StatisticsPageBase : ComponentBase
{
    [Inject]
    protected StatisticsService Statistics { get; set; } = default!;

    [Inject]
    protected CaseLookups Lookups { get; set; } = default!;

    [Inject]
    protected CurrentUser User { get; set; } = default!;

    [Inject]
    protected TimeProvider Time { get; set; } = default!;

    protected DateTime? From { get; set; }
    protected DateTime? To { get; set; }
    protected int? UnitId { get; set; }
    protected List<LookupOption> Units { get; private set; } = [];
    protected StatisticsSummary? Summary { get; private set; }
    protected FieldErrors? Errors { get; private set; }
    protected bool Loading { get; private set; }
    private Dictionary<string, StatTable> tables = [];
    private Dictionary<string, string> options = [];

    protected override async Task OnInitializedAsync()
    {
        var today = Clock.Today(Time);
        From = new DateTime(today.Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        To = today.ToDateTime(TimeOnly.MinValue);
        if (RendererInfo.IsInteractive)
        {
            // Every internal unit the user may see; the statistics of a unit include the units below it.
            var visible = User.VisibleUnitIds;
            Units = (await Lookups.UnitsAsync()).Where(u => User.SeesAllUnits || visible.Contains(u.Id)).ToList();
        }
        await LoadAsync();
    }

    protected StatisticsQuery Query => new(Iso(From), Iso(To), UnitId?.ToString(CultureInfo.InvariantCulture));

    protected async Task LoadAsync()
    {
        Loading = true;
        try
        {
            var (filter, errors) = await Statistics.ValidateAsync(Query, default);
            Errors = errors.Any ? errors : null;
            Summary = filter is null ? null : await Statistics.SummaryAsync(filter, default);
            tables = Summary is null ? [] : StatisticsTables.Build(Summary).ToDictionary(t => t.Key);
            options = Summary is null ? [] : StatisticsCharts.All.ToDictionary(c => c.Key, c => StatisticsCharts.Options(Summary, c.Key));
        }
        finally
        {
            Loading = false;
        }
    }

    protected StatTable Table(string key) => tables[key];

    protected string Options(string chart) => options[chart];

    /// <summary>The Excel export of one chart's table, or of all of them (<paramref name="chart"/> null).</summary>
    protected string ExportUrl(string? chart) =>
        Url("/api/statistics/export", ("chart", chart), ("from", Query.From), ("to", Query.To), ("unitId", Query.UnitId));

    /// <summary>A link with the parameters that have a value.</summary>
    protected static string Url(string path, params (string Name, string? Value)[] parameters) =>
        path + QueryString.Create(parameters.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => KeyValuePair.Create(p.Name, p.Value)));

    private static string? Iso(DateTime? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected static string Number(object? value) => StatisticsTables.Text(value);

    /// <summary>"+12.5%" / "−3%" / "—" against last year.</summary>
    protected static string Change(double? rate) => rate switch
    {
        null => "同比 —",
        > 0 => $"同比 +{rate.Value.ToString("0.#", CultureInfo.InvariantCulture)}%",
        _ => $"同比 {rate.Value.ToString("0.#", CultureInfo.InvariantCulture)}%",
    };
}
