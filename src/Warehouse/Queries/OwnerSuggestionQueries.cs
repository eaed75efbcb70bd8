using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// The owner suggestions recorded as tickets arrive: which tickets still lack one, and storing a batch (staged with the
/// appender, merged in one statement, so that a run's suggestions land together).
/// </summary>
public static class OwnerSuggestionQueries
{
    /// <summary>Tickets created since <paramref name="since"/> without a recorded suggestion, oldest first; their owner is not read.</summary>
    public static Task<IReadOnlyList<UnsuggestedTicket>> UnsuggestedSinceAsync(DuckDBConnection connection, DateTime since, CancellationToken cancellationToken) =>
        connection.ListAsync<UnsuggestedTicket>(
            """
            SELECT t.source AS Source, t.external_id AS Id, t.created_at AS CreatedAt, t.subject AS Subject, t.body AS Body,
                   t.product AS Product, t.channel AS Channel, t.priority AS Priority, t.type AS Type, array_to_string(t.tags, chr(31)) AS Tags
            FROM tickets t
            WHERE NOT t.deleted AND t.created_at >= $since
              AND NOT EXISTS (SELECT 1 FROM owner_suggestions o WHERE o.source = t.source AND o.ticket_id = t.external_id)
            ORDER BY t.created_at
            """, new { since }, cancellationToken);

    /// <summary>Stores the suggestions, replacing any earlier one of the same ticket.</summary>
    public static async Task SaveAsync(DuckDBConnection connection, IEnumerable<RecordedOwnerSuggestion> suggestions, CancellationToken cancellationToken)
    {
        await connection.RunAsync(
            "CREATE OR REPLACE TEMP TABLE stage_owner_suggestions AS SELECT * FROM owner_suggestions LIMIT 0", cancellationToken: cancellationToken);
        using (var appender = connection.CreateAppender("stage_owner_suggestions"))
        {
            foreach (var s in suggestions)
            {
                appender.CreateRow()
                    .AppendValue(s.Source).AppendValue(s.TicketId).AppendValue(s.SuggestedAt).AppendValue(s.ModelVersion)
                    .AppendValue(s.Owners.ToList()).AppendValue(s.Probabilities.ToList())
                    .AppendValue(s.Abstained).AppendValue(s.OutOfScope)
                    .EndRow();
            }
        }

        await connection.RunAsync("INSERT OR REPLACE INTO owner_suggestions SELECT * FROM stage_owner_suggestions", cancellationToken: cancellationToken);
    }
}

/// <summary>A ticket as filed, for a suggestion; <see cref="Tags"/> joined by U+001F.</summary>
public sealed record UnsuggestedTicket(
    string Source, string Id, DateTime CreatedAt, string Subject, string Body, string? Product, string? Channel, string? Priority,
    string? Type, string? Tags);

/// <summary>One stored suggestion: the ranked owners with their probabilities, and whether the model abstained.</summary>
public sealed record RecordedOwnerSuggestion(
    string Source, string TicketId, DateTime SuggestedAt, string ModelVersion, IReadOnlyList<string> Owners,
    IReadOnlyList<double> Probabilities, bool Abstained, bool OutOfScope);
