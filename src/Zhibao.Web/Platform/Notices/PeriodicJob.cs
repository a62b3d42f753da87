namespace Zhibao.Web.Platform.Notices;

/// <summary>
/// A hosted job that runs at start and then every <see cref="Interval"/> of the app's <see cref="TimeProvider"/> (a fake
/// clock in tests); a failed run is logged and retried at the next interval. The reminder jobs derive from it.
/// </summary>
public abstract class PeriodicJob(TimeProvider clock, ILogger log) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    /// <summary>The app's clock, for the job's dates.</summary>
    protected TimeProvider Time { get; } = clock;

    /// <summary>One run; returns how much it did (notices written…).</summary>
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
