using DuckDB.NET.Data;
using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.Owners;

/// <summary>
/// Tickets with a known owner, in created order, as training and evaluation examples. The owner is the service the
/// ticket's latest triage decision routed it to, else the ticket's own service (for Jira exports: PROJECT/first
/// component); tickets with neither are left out (<see cref="OwnerExampleQueries"/>). A ticket from a source that
/// records field changes keeps its fields as filed beside the exported ones (<see cref="OwnerTrainingExample.Filed"/>):
/// rolled back from its changes, or as exported when it has none; from other sources nobody knows, so it has none.
/// </summary>
public static class OwnerExamples
{
    public static async Task<IReadOnlyList<OwnerTrainingExample>> LoadAsync(
        DuckDBConnection connection, bool resolvedOnly, DateTime? createdBefore = null, CancellationToken cancellationToken = default) =>
        From(await OwnerExampleQueries.LabelledAsync(connection, resolvedOnly, createdBefore, cancellationToken));

    public static IReadOnlyList<OwnerTrainingExample> From(IEnumerable<LabelledTicket> rows) =>
        rows.Select(r => new OwnerTrainingExample(
            r.Id, r.CreatedAt, r.Subject, r.Body, r.Product, r.Channel, r.Priority, r.Type, r.Tags, r.Owner)
        {
            Decided = r.Decided,
            Filed = r.SourceKeepsFieldHistory
                ? FiledFields.RollBack(r.Priority, r.Type, r.Tags, r.FieldChanges) ?? new FiledFields(r.Priority, r.Type, r.Tags)
                : null,
        })
        .ToList();
}
