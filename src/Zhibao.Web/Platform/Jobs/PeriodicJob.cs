namespace Zhibao.Web.Platform.Jobs;

/// <summary>
/// A background job that runs at start and then every <see cref="Interval"/> of the injected clock (so tests drive it with
/// the fake clock); a failed run is logged and retried at the next tick. Jobs must be safe to run twice at once (two app
/// instances): they write through unique keys.
/// </summary>
public abstract class PeriodicJob(TimeProvider clock, ILogger log) : BackgroundService
{
    protected TimeProvider Time { get; } = clock;

    public virtual TimeSpan Interval => TimeSpan.FromHours(1);

    /// <summary>One run; returns how many records it wrote.</summary>
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
