namespace Reporting.Host.Email;

/// <summary>
/// A request to hold one delivery for one attempt. The log grants it atomically (one winner among every process
/// sharing the record) when the delivery is unclaimed, waiting for a retry, without data before, or held by a
/// claim that has expired or whose process is known dead (<paramref name="TakeOverFrom"/>); with
/// <paramref name="Force"/> also when it was sent, failed or of unknown outcome. A live claim is never taken.
/// </summary>
public sealed record DeliveryClaim(string Claimant, DateTime Now, DateTime LeaseUntil, bool Force, string? TakeOverFrom = null);
