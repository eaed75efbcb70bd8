using DuckDB.NET.Data;
using Reporting.Warehouse;

namespace Reporting.Analytics.Owners;

/// <summary>
/// How the owner suggestions made as tickets arrived compare with the owners finally assigned, for some teams
/// (or all) and a span of creation dates. Null when no suggestion was recorded.
/// </summary>
public static class SuggestionAccuracyQuery
{
    public static async Task<SuggestionAccuracy?> LoadAsync(
        DuckDBConnection connection, IReadOnlyList<string>? teams, DateTime from, DateTime end, CancellationToken cancellationToken)
    {
        if (!await connection.TableExistsAsync("owner_suggestions", cancellationToken))
        {
            return null;
        }

        var row = (await connection.ListAsync<SuggestionAccuracy>(
            """
            SELECT count(*) AS Suggested,
                   count(*) FILTER (WHERE t.service IS NOT NULL AND NOT o.abstained) AS Decided,
                   count(*) FILTER (WHERE NOT o.abstained AND t.service = o.owners[1]) AS Top1Accepted,
                   count(*) FILTER (WHERE NOT o.abstained AND list_contains(o.owners[1:3], t.service)) AS Top3Accepted,
                   count(*) FILTER (WHERE o.abstained) AS Abstained
            FROM owner_suggestions o
            JOIN tickets t ON t.source = o.source AND t.external_id = o.ticket_id
            LEFT JOIN services s ON s.service = t.service
            WHERE t.created_at >= $from AND t.created_at < $end
              AND ($teams IS NULL OR list_contains(string_split($teams, chr(31)), coalesce(t.team, s.team, t.product, 'Unowned')))
            """, new { from, end, teams = teams is null ? null : string.Join('\u001f', teams) }, cancellationToken))[0];
        return row.Suggested == 0 ? null : row;
    }
}
