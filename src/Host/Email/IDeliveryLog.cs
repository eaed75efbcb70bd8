namespace Reporting.Host.Email;

/// <summary>
/// The durable record of digest deliveries, keyed by subscription and ISO week. It lives where every process
/// that sends can reach it: PostgreSQL when the service scales out, the warehouse when embedded. Every change
/// after a claim is conditional on the claimant still holding it, so a process that lost its claim changes nothing.
/// </summary>
public interface IDeliveryLog
{
    Task<DeliveryRecord?> GetAsync(DeliveryKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the delivery in one conditional statement (status <see cref="DeliveryStatus.Pending"/>, attempts + 1,
    /// claimant and lease recorded); false when another process holds it or its state does not allow a new attempt.
    /// </summary>
    Task<bool> TryClaimAsync(DeliveryKey key, DeliveryClaim claim, CancellationToken cancellationToken);

    /// <summary>Moves a delivery held by <paramref name="claimant"/> to <paramref name="status"/>; false when it no longer holds it.</summary>
    Task<bool> MarkAsync(DeliveryKey key, string claimant, DeliveryStatus status, string? detail, CancellationToken cancellationToken);

    /// <summary>
    /// Marks a delivery that <paramref name="claimant"/> left in <see cref="DeliveryStatus.Sending"/> (its lease
    /// expired or its process died) as <see cref="DeliveryStatus.Unknown"/>; false when someone else changed it first.
    /// </summary>
    Task<bool> ExpireAsync(DeliveryKey key, string? claimant, string detail, CancellationToken cancellationToken);

    /// <summary>Records that the week had no data when due, unless the delivery is held or already done.</summary>
    Task RecordNoDataAsync(DeliveryKey key, string detail, CancellationToken cancellationToken);

    Task<IReadOnlyList<DeliveryRecord>> ListAsync(string? week, CancellationToken cancellationToken);

    /// <summary>The <paramref name="limit"/> (1 to <see cref="MaxRecent"/>) most recently changed records, newest first.</summary>
    Task<IReadOnlyList<DeliveryRecord>> RecentAsync(int limit, CancellationToken cancellationToken);

    public const int MaxRecent = 1_000;

    /// <summary>Checks a caller's <c>limit</c> for <see cref="RecentAsync"/>.</summary>
    public static int CheckedLimit(int limit) => limit is >= 1 and <= MaxRecent
        ? limit
        : throw new ArgumentOutOfRangeException(nameof(limit), $"Between 1 and {MaxRecent} recent deliveries can be listed, not {limit}.");
}
