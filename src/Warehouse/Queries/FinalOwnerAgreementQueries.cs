using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// How the owner suggestions stored as tickets arrived compare with the service the source finally gave the ticket.
/// This is agreement with the final owner, not acceptance: nobody was asked, and the final owner may itself have been
/// set by whoever closed the ticket. What triagers accepted is <see cref="SuggestionAcceptanceQueries"/>.
/// </summary>
public static class FinalOwnerAgreementQueries
{
    /// <summary>For some teams (or all, null) and tickets created in [from, end); null when no suggestion was stored.</summary>
    public static async Task<FinalOwnerAgreement?> LoadAsync(
        DuckDBConnection connection, IReadOnlyList<string>? teams, DateTime from, DateTime end, CancellationToken cancellationToken)
    {
        var row = (await connection.ListAsync<FinalOwnerAgreement>(
            """
            SELECT count(*) AS Suggested,
                   count(*) FILTER (WHERE t.service IS NOT NULL AND NOT o.abstained) AS Compared,
                   count(*) FILTER (WHERE NOT o.abstained AND t.service = o.owners[1]) AS Top1Agreed,
                   count(*) FILTER (WHERE NOT o.abstained AND list_contains(o.owners[1:3], t.service)) AS Top3Agreed,
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

/// <summary>
/// Suggestions stored, those comparable (the ticket has a final service and the model did not abstain), how many of
/// those had the final service first or within the top three, and how many abstained.
/// </summary>
public sealed record FinalOwnerAgreement(long Suggested, long Compared, long Top1Agreed, long Top3Agreed, long Abstained)
{
    public double Top1Rate => Compared > 0 ? (double)Top1Agreed / Compared : 0;

    public double Top3Rate => Compared > 0 ? (double)Top3Agreed / Compared : 0;
}
