namespace Reporting.Host.Email;

/// <summary>
/// The durable record of digest deliveries, keyed by subscription and ISO week. It lives where every process
/// that sends can reach it: PostgreSQL when the service scales out, the warehouse when embedded.
/// </summary>
public interface IDeliveryLog
{
    Task<DeliveryRecord?> GetAsync(DeliveryKey key, CancellationToken cancellationToken);

    /// <summary>Records a new attempt (status <see cref="DeliveryStatus.Pending"/>, attempts + 1).</summary>
    Task BeginAttemptAsync(DeliveryKey key, CancellationToken cancellationToken);

    Task MarkAsync(DeliveryKey key, DeliveryStatus status, string? detail, CancellationToken cancellationToken);

    Task<IReadOnlyList<DeliveryRecord>> ListAsync(string? week, CancellationToken cancellationToken);
}
