using Reporting.Host.Email;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Operations;

/// <summary>
/// What an admin checks first: each source with its watermark, last run, last error and rejects (at most
/// <see cref="SourceQueries.MaxSources"/> of <see cref="SourceCount"/>), and the most recent digest deliveries.
/// </summary>
public sealed record OperationsView(
    IReadOnlyList<SourceStatus> Sources, long SourceCount, long Rejects, IReadOnlyList<DeliveryRecord> Deliveries, int DeliveriesShown);
