using System.Text;
using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// What the triage workspace reads and writes: open tickets with their stored owner suggestion, recurring group and
/// latest routing decision; one ticket in full; and the decisions themselves, only ever appended.
/// </summary>
public static class TriageQueries
{
    private const string Suggestion =
        """
        o.owners[1] AS Owner1, o.probabilities[1] AS Probability1, o.owners[2] AS Owner2, o.probabilities[2] AS Probability2,
        o.owners[3] AS Owner3, o.probabilities[3] AS Probability3, o.abstained AS Abstained, o.out_of_scope AS OutOfScope,
        g.label AS GroupLabel, d.value AS RoutedTo, d.decided_by AS RoutedBy
        """;

    private const string Joins =
        $"""
        LEFT JOIN owner_suggestions o ON o.source = t.source AND o.ticket_id = t.external_id
        LEFT JOIN recurring_group_members m ON m.source = t.source AND m.ticket_id = t.external_id
        LEFT JOIN recurring_groups g ON g.group_id = m.group_id
        LEFT JOIN {RoutingDecisionSql.Latest} d ON d.source = t.source AND d.ticket_id = t.external_id
        """;

    /// <summary>One page of open (unresolved, not deleted) tickets, newest first, and how many match in all.</summary>
    public static async Task<InboxPage> InboxAsync(
        DuckDBConnection connection, InboxFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        var where = new StringBuilder("WHERE NOT t.deleted AND t.resolved_at IS NULL");
        if (filter.Product is not null)
        {
            where.Append(" AND t.product = $product");
        }

        if (filter.Team is not null)
        {
            where.Append(" AND t.team = $team");
        }

        if (filter.Status is not null)
        {
            where.Append(" AND t.status = $status");
        }

        var parameters = new { product = filter.Product, team = filter.Team, status = filter.Status, offset, limit };
        var total = await connection.ScalarAsync<long>($"SELECT count(*) FROM tickets t {where}", parameters, cancellationToken);
        var rows = await connection.ListAsync<InboxRow>(
            $"""
            SELECT t.source AS Source, t.external_id AS Id, t.created_at AS CreatedAt, t.subject AS Subject, t.customer AS Customer,
                   t.product AS Product, t.team AS Team, t.status AS Status, {Suggestion}
            FROM tickets t {Joins}
            {where}
            ORDER BY t.created_at DESC, t.source, t.external_id
            LIMIT $limit OFFSET $offset
            """, parameters, cancellationToken);
        return new InboxPage(rows, total);
    }

    /// <summary>What the filters can choose from: products, teams and statuses of open tickets.</summary>
    public static async Task<InboxChoices> ChoicesAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        const string Open = "FROM tickets WHERE NOT deleted AND resolved_at IS NULL";
        return new InboxChoices(
            await connection.ListAsync<string>($"SELECT DISTINCT product {Open} AND product IS NOT NULL ORDER BY 1", cancellationToken: cancellationToken),
            await connection.ListAsync<string>($"SELECT DISTINCT team {Open} AND team IS NOT NULL ORDER BY 1", cancellationToken: cancellationToken),
            await connection.ListAsync<string>($"SELECT DISTINCT status {Open} AND status IS NOT NULL ORDER BY 1", cancellationToken: cancellationToken));
    }

    /// <summary>One ticket with its suggestion, group and latest routing; null when there is no such ticket.</summary>
    public static async Task<TriageTicket?> TicketAsync(DuckDBConnection connection, string source, string id, CancellationToken cancellationToken) =>
        (await connection.ListAsync<TriageTicket>(
            $"""
            SELECT t.source AS Source, t.external_id AS Id, t.created_at AS CreatedAt, t.resolved_at AS ResolvedAt, t.subject AS Subject,
                   t.body AS Body, t.customer AS Customer, t.product AS Product, t.team AS Team, t.status AS Status, {Suggestion},
                   m.group_id AS GroupId, t.channel AS Channel, t.priority AS Priority, t.type AS Type, array_to_string(t.tags, chr(31)) AS TagList
            FROM tickets t {Joins}
            WHERE NOT t.deleted AND t.source = $source AND t.external_id = $id
            """, new { source, id }, cancellationToken)).FirstOrDefault();

    /// <summary>Every decision on one ticket, newest first.</summary>
    public static Task<IReadOnlyList<StoredTriageDecision>> DecisionsAsync(
        DuckDBConnection connection, string source, string id, CancellationToken cancellationToken) =>
        connection.ListAsync<StoredTriageDecision>(
            """
            SELECT decided_by AS DecidedBy, decided_at AS DecidedAt, kind AS Kind, value AS Value,
                   array_to_string(shown_owners, ', ') AS ShownOwners
            FROM triage_decisions WHERE source = $source AND ticket_id = $id ORDER BY decided_at DESC
            """, new { source, id }, cancellationToken);

    /// <summary>The services a ticket can be routed to.</summary>
    public static Task<IReadOnlyList<string>> ServicesAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<string>("SELECT service FROM services ORDER BY service", cancellationToken: cancellationToken);

    /// <summary>
    /// Appends a decision with the top three owners stored for the ticket at that moment (what its page showed).
    /// False when the ticket does not exist.
    /// </summary>
    public static async Task<bool> RecordAsync(DuckDBConnection connection, NewTriageDecision decision, CancellationToken cancellationToken) =>
        await connection.RunAsync(
            """
            INSERT INTO triage_decisions
            SELECT t.source, t.external_id, $by, $at, $kind, $value,
                   coalesce(o.owners[1:3], []::VARCHAR[]), coalesce(o.probabilities[1:3], []::DOUBLE[])
            FROM tickets t LEFT JOIN owner_suggestions o ON o.source = t.source AND o.ticket_id = t.external_id
            WHERE NOT t.deleted AND t.source = $source AND t.external_id = $id
            """,
            new { source = decision.Source, id = decision.TicketId, by = decision.DecidedBy, at = decision.DecidedAt, kind = decision.Kind, value = decision.Value },
            cancellationToken) == 1;
}

/// <summary>Inbox filters; null means any.</summary>
public sealed record InboxFilter(string? Product, string? Team, string? Status);

/// <summary>One page of the inbox and the number of tickets matching the filters.</summary>
public sealed record InboxPage(IReadOnlyList<InboxRow> Rows, long Total);

/// <summary>What the inbox filters offer.</summary>
public sealed record InboxChoices(IReadOnlyList<string> Products, IReadOnlyList<string> Teams, IReadOnlyList<string> Statuses);

/// <summary>An open ticket as the inbox lists it (text unmasked: the application masks it).</summary>
public sealed record InboxRow(
    string Source, string Id, DateTime CreatedAt, string Subject, string? Customer, string? Product, string? Team, string? Status,
    string? Owner1, double? Probability1, string? Owner2, double? Probability2, string? Owner3, double? Probability3,
    bool? Abstained, bool? OutOfScope, string? GroupLabel, string? RoutedTo, string? RoutedBy);

/// <summary>One ticket as its triage page shows it (text unmasked: the application masks it).</summary>
public sealed record TriageTicket(
    string Source, string Id, DateTime CreatedAt, DateTime? ResolvedAt, string Subject, string Body, string? Customer, string? Product,
    string? Team, string? Status,
    string? Owner1, double? Probability1, string? Owner2, double? Probability2, string? Owner3, double? Probability3,
    bool? Abstained, bool? OutOfScope, string? GroupLabel, string? RoutedTo, string? RoutedBy, string? GroupId,
    string? Channel = null, string? Priority = null, string? Type = null, string? TagList = null)
{
    /// <summary>The ticket's tags (stored as a list, read joined by the unit separator).</summary>
    public IReadOnlyList<string> Tags => string.IsNullOrEmpty(TagList) ? [] : TagList.Split('\u001f');
}

/// <summary>A decision as stored: who, when, what, and the owners that were shown.</summary>
public sealed record StoredTriageDecision(string DecidedBy, DateTime DecidedAt, string Kind, string Value, string ShownOwners);

/// <summary>A decision to store.</summary>
public sealed record NewTriageDecision(string Source, string TicketId, string DecidedBy, DateTime DecidedAt, string Kind, string Value);
