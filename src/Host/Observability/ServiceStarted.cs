namespace Reporting.Host.Observability;

/// <summary>When this process started serving: a source never pulled is judged from here.</summary>
public sealed class ServiceStarted(TimeProvider time) : IHostedService
{
    public DateTimeOffset At { get; private set; } = time.GetUtcNow();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        At = time.GetUtcNow();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
