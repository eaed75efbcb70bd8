namespace Reporting.Host.Jobs;

/// <summary>
/// A scheduled digest could not go out because its week has no data (sources not pulled, or stale). The job ends
/// Failed at once with this reason, visible in the dashboard and the delivery records; the next scheduled run
/// sends the week once its data has arrived.
/// </summary>
public sealed class DigestNotReadyException(string message) : Exception(message);
