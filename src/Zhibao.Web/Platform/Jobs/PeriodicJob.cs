namespace Zhibao.Web.Platform.Jobs;

/// <summary>
/// A background job that runs at start and then every <see cref="Interval"/> of the injected clock (so tests drive it with
/// the fake clock); a failed run is logged and retried at the next tick. Jobs must be safe to run twice at once (two app
/// instances): they write through unique keys.
/// </summary>
public abstract class PeriodicJob(TimeProvider clock, ILogger log, TimeSpan? interval = null) : BackgroundService
{
    /// <summary>The clock the job runs on (a fake one in tests).</summary>
    protected TimeProvider Time { get; } = clock;

    /// <summary>Hourly unless the job says otherwise.</summary>
    public virtual TimeSpan Interval => interval ?? TimeSpan.FromHours(1);

    /// <summary>One run; returns how many records (notices …) it wrote.</summary>
    public abstract Task<int> RunAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Time);
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
