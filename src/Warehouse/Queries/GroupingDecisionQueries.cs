using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// The triage decisions that steer recurring-bug grouping, as stored in <c>triage_decisions</c>: the kinds' stored names
/// (shared by the workspace that writes them and the clustering that reads them) and the read of all of them in order.
/// </summary>
public static class GroupingDecisionQueries
{
    /// <summary>Value: another ticket id of the same source; the two are different problems.</summary>
    public const string NotDuplicate = "not_duplicate";

    /// <summary>Value: another ticket id of the same source; this ticket moves into that ticket's group.</summary>
    public const string SameBug = "same_bug";

    /// <summary>Value: the group id the ticket leaves.</summary>
    public const string Split = "split";

    /// <summary>
    /// Recorded on the representative of the group merged away; value: <see cref="TicketReference"/> of the representative
    /// of the group it is merged into (a ticket, not a group id, so the decision outlives either id).
    /// </summary>
    public const string Merge = "merge";

    /// <summary>How a merge decision names a ticket of any source: <c>source/id</c>.</summary>
    public static string TicketReference(string source, string id) => $"{source}/{id}";

    /// <summary>Every grouping decision, oldest first (equal times in the order they were stored). None before the table exists.</summary>
    public static async Task<IReadOnlyList<StoredGroupingDecision>> AllAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        await connection.TableExistsAsync("triage_decisions", cancellationToken)
            ? await connection.ListAsync<StoredGroupingDecision>(
                """
                SELECT source AS Source, ticket_id AS TicketId, kind AS Kind, value AS Value, decided_at AS DecidedAt
                FROM triage_decisions WHERE kind IN ($notDuplicate, $sameBug, $split, $merge)
                ORDER BY decided_at, rowid
                """, new { notDuplicate = NotDuplicate, sameBug = SameBug, split = Split, merge = Merge }, cancellationToken)
            : [];
}

/// <summary>One stored grouping decision on a ticket.</summary>
public sealed record StoredGroupingDecision(string Source, string TicketId, string Kind, string Value, DateTime DecidedAt);
