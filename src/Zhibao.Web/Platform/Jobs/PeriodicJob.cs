namespace Zhibao.Web.Platform.Jobs;

/// <summary>
/// A background job run at start and then every <paramref name="interval"/> of the injected clock (so tests with a fake
/// clock decide when it runs). A failed run is logged and retried at the next tick; the work must be idempotent.
/// </summary>
public abstract class PeriodicJob(TimeProvider clock, ILogger log, TimeSpan interval) : BackgroundService
{
    /// <summary>The clock the job runs on (a fake one in tests).</summary>
    protected TimeProvider Time { get; } = clock;

    /// <summary>Does the work once; returns how many items (notices …) it wrote.</summary>
    public abstract Task<int> RunAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, Time);
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
