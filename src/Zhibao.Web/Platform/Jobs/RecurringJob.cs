namespace Zhibao.Web.Platform.Jobs;

/// <summary>
/// A background job that runs at start and then every <paramref name="interval"/> on the app's <see cref="TimeProvider"/>
/// (so tests drive it with the fake clock); a failed run is logged and retried at the next tick. The work must be safe
/// to run twice at once (two app instances): reminders use unique keys.
/// </summary>
public abstract class RecurringJob(TimeSpan interval, TimeProvider clock, ILogger log) : BackgroundService
{
    /// <summary>The clock the job runs on, for the work itself.</summary>
    protected TimeProvider Time => clock;

    /// <summary>Does what is due now; returns how many things it wrote.</summary>
    public abstract Task<int> RunAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "{Job} failed; retrying at the next interval", GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
