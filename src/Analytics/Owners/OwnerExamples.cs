using DuckDB.NET.Data;
using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.Owners;

/// <summary>
/// Tickets with a known owner, in created order, as training and evaluation examples. The owner is the service the
/// ticket's latest triage decision routed it to, else the ticket's own service (for Jira exports: PROJECT/first
/// component); tickets with neither are left out (<see cref="OwnerExampleQueries"/>).
/// </summary>
public static class OwnerExamples
{
    public static async Task<IReadOnlyList<OwnerTrainingExample>> LoadAsync(
        DuckDBConnection connection, bool resolvedOnly, DateTime? createdBefore = null, CancellationToken cancellationToken = default) =>
        (await OwnerExampleQueries.LabelledAsync(connection, resolvedOnly, createdBefore, cancellationToken))
        .Select(r => new OwnerTrainingExample(
            r.Id, r.CreatedAt, r.Subject, r.Body, r.Product, r.Channel, r.Priority, r.Type, r.Tags, r.Owner) { Decided = r.Decided })
        .ToList();
}
