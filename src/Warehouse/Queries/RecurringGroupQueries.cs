using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>Reading the stored recurring-bug groups.</summary>
public static class RecurringGroupQueries
{
    /// <summary>The largest groups by ticket count.</summary>
    public static Task<IReadOnlyList<StoredGroup>> LargestAsync(DuckDBConnection connection, int count, CancellationToken cancellationToken) =>
        connection.ListAsync<StoredGroup>(
            "SELECT group_id AS Id, label AS Label, state AS State, tickets AS Tickets, customers AS Customers FROM recurring_groups ORDER BY tickets DESC, group_id LIMIT $count",
            new { count }, cancellationToken);

    /// <summary>Groups growing or back again, by team, largest first: support the coming weeks will likely see more of. None before clustering.</summary>
    public static async Task<IReadOnlyList<StoredTeamGroup>> GrowingAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        await connection.TableExistsAsync("recurring_groups", cancellationToken)
            ? await connection.ListAsync<StoredTeamGroup>(
                """
                SELECT team AS Team, group_id AS Id, label AS Label, state AS State, tickets AS Tickets, customers AS Customers
                FROM recurring_groups WHERE team IS NOT NULL AND state IN ('growing', 'regressed')
                ORDER BY tickets DESC, group_id
                """, cancellationToken: cancellationToken)
            : [];

    /// <summary>One stored group; null when there is no such group (any more).</summary>
    public static async Task<StoredGroupHead?> GroupAsync(DuckDBConnection connection, string id, CancellationToken cancellationToken) =>
        (await connection.ListAsync<StoredGroupHead>(
            $"SELECT {Head} FROM recurring_groups g WHERE g.group_id = $id", new { id }, cancellationToken)).FirstOrDefault();

    /// <summary>The group a ticket is in; null when it is in none.</summary>
    public static async Task<string?> GroupOfTicketAsync(DuckDBConnection connection, string source, string id, CancellationToken cancellationToken) =>
        (await connection.ListAsync<string>(
            "SELECT group_id FROM recurring_group_members WHERE source = $source AND ticket_id = $id", new { source, id }, cancellationToken))
        .FirstOrDefault();

    /// <summary>
    /// One page of groups by impact in the week starting <paramref name="weekStart"/>: tickets that week, then customers
    /// affected, then growth (the four weeks up to it against the four before), as the digest ranks them; each with its
    /// owner, the most common routing decided for its tickets or else suggested for them. And how many groups there are.
    /// </summary>
    public static async Task<GroupImpactPage> ByImpactAsync(
        DuckDBConnection connection, DateTime weekStart, int offset, int limit, CancellationToken cancellationToken)
    {
        var total = await connection.ScalarAsync<long>("SELECT count(*) FROM recurring_groups", cancellationToken: cancellationToken);
        var rows = await connection.ListAsync<GroupImpact>(
            $"""
            WITH counted AS (
                SELECT m.group_id,
                       count(*) FILTER (WHERE t.created_at >= $start AND t.created_at < $end) AS ThisWeek,
                       count(*) FILTER (WHERE t.created_at >= $recent AND t.created_at < $end) AS Recent,
                       count(*) FILTER (WHERE t.created_at >= $before AND t.created_at < $recent) AS Previous
                FROM recurring_group_members m JOIN tickets t ON t.source = m.source AND t.external_id = m.ticket_id
                GROUP BY m.group_id
            ),
            {Owners}
            SELECT {Head}, c.ThisWeek, c.Recent, c.Previous, o.Owner, coalesce(o.Decided, 0) AS Decided
            FROM recurring_groups g JOIN counted c ON c.group_id = g.group_id LEFT JOIN owners o ON o.group_id = g.group_id
            ORDER BY c.ThisWeek DESC, g.customers DESC, c.Recent - c.Previous DESC, g.group_id
            LIMIT $limit OFFSET $offset
            """,
            new
            {
                start = weekStart, end = weekStart.AddDays(7), recent = weekStart.AddDays(-21), before = weekStart.AddDays(-49),
                accept = "accept", choose = "choose", offset, limit,
            },
            cancellationToken);
        return new GroupImpactPage(rows, total);
    }

    /// <summary>Tickets per group and week (weeks starting Monday) from <paramref name="from"/> up to <paramref name="to"/>, for the given groups; weeks without tickets are left out.</summary>
    public static Task<IReadOnlyList<GroupWeek>> WeeklyAsync(
        DuckDBConnection connection, IReadOnlyList<string> groupIds, DateTime from, DateTime to, CancellationToken cancellationToken) =>
        connection.ListAsync<GroupWeek>(
            """
            SELECT m.group_id AS GroupId, CAST(date_trunc('week', t.created_at) AS DATE) AS WeekStart, count(*) AS Tickets
            FROM recurring_group_members m JOIN tickets t ON t.source = m.source AND t.external_id = m.ticket_id
            WHERE list_contains(string_split($ids, chr(31)), m.group_id) AND t.created_at >= $from AND t.created_at < $to
            GROUP BY ALL ORDER BY GroupId, WeekStart
            """, new { ids = string.Join('\u001f', groupIds), from, to }, cancellationToken);

    /// <summary>A group's owner as <see cref="ByImpactAsync"/> gives it; null when its tickets have neither decision nor suggestion.</summary>
    public static async Task<(string? Owner, long Decided)> OwnerAsync(DuckDBConnection connection, string id, CancellationToken cancellationToken) =>
        (await connection.ListAsync<(string?, long)>(
            $"""
            WITH {Owners}
            SELECT o.Owner, o.Decided FROM owners o WHERE o.group_id = $id
            """, new { id, accept = "accept", choose = "choose" }, cancellationToken)).FirstOrDefault();

    /// <summary>
    /// A group's tickets, newest first, at most <paramref name="limit"/>, with their latest routing decision or suggestion, and
    /// whether a split from this group was decided since the group was last computed (it takes effect at the next grouping).
    /// </summary>
    public static Task<IReadOnlyList<GroupTicket>> MembersAsync(DuckDBConnection connection, string id, int limit, CancellationToken cancellationToken) =>
        connection.ListAsync<GroupTicket>(
            """
            SELECT t.source AS Source, t.external_id AS Id, t.created_at AS CreatedAt, t.subject AS Subject, t.customer AS Customer,
                   t.status AS Status, coalesce(d.value, o.owners[1]) AS Owner,
                   EXISTS (
                       SELECT 1 FROM triage_decisions x
                       WHERE x.source = t.source AND x.ticket_id = t.external_id AND x.kind = $split AND x.value = m.group_id AND x.decided_at >= g.updated_at
                   ) AS SplitPending
            FROM recurring_group_members m
            JOIN recurring_groups g ON g.group_id = m.group_id
            JOIN tickets t ON t.source = m.source AND t.external_id = m.ticket_id
            LEFT JOIN owner_suggestions o ON o.source = t.source AND o.ticket_id = t.external_id
            LEFT JOIN (
                SELECT source, ticket_id, value, row_number() OVER (PARTITION BY source, ticket_id ORDER BY decided_at DESC) AS n
                FROM triage_decisions WHERE kind IN ($accept, $choose)
            ) d ON d.source = t.source AND d.ticket_id = t.external_id AND d.n = 1
            WHERE m.group_id = $id
            ORDER BY t.created_at DESC, t.source, t.external_id
            LIMIT $limit
            """, new { id, limit, accept = "accept", choose = "choose", split = GroupingDecisionQueries.Split }, cancellationToken);

    /// <summary>The groups another can be merged into: the largest, but <paramref name="exceptId"/>, at most <paramref name="limit"/>.</summary>
    public static Task<IReadOnlyList<StoredGroup>> OthersAsync(DuckDBConnection connection, string exceptId, int limit, CancellationToken cancellationToken) =>
        connection.ListAsync<StoredGroup>(
            """
            SELECT group_id AS Id, label AS Label, state AS State, tickets AS Tickets, customers AS Customers
            FROM recurring_groups WHERE group_id <> $exceptId ORDER BY tickets DESC, group_id LIMIT $limit
            """, new { exceptId, limit }, cancellationToken);

    private const string Head =
        """
        g.group_id AS Id, g.label AS Label, g.state AS State, g.team AS Team, g.service AS Service, g.tickets AS Tickets,
        g.customers AS Customers, g.first_seen AS FirstSeen, g.last_seen AS LastSeen,
        g.representative_source AS RepresentativeSource, g.representative_ticket AS RepresentativeTicket
        """;

    // Each ticket's owner: its latest routing decision (accept or choose), else the top suggestion; the group's is the commonest.
    private const string Owners =
        """
        owners AS (
            SELECT m.group_id, mode(coalesce(d.value, o.owners[1])) AS Owner, count(d.value) AS Decided
            FROM recurring_group_members m
            LEFT JOIN owner_suggestions o ON o.source = m.source AND o.ticket_id = m.ticket_id
            LEFT JOIN (
                SELECT source, ticket_id, value, row_number() OVER (PARTITION BY source, ticket_id ORDER BY decided_at DESC) AS n
                FROM triage_decisions WHERE kind IN ($accept, $choose)
            ) d ON d.source = m.source AND d.ticket_id = m.ticket_id AND d.n = 1
            GROUP BY m.group_id
        )
        """;
}

/// <summary>A stored recurring-bug group with the team that owns it.</summary>
public sealed record StoredTeamGroup(string Team, string Id, string Label, string State, long Tickets, long Customers);

/// <summary>One stored recurring-bug group as listed.</summary>
public sealed record StoredGroup(string Id, string Label, string State, long Tickets, long Customers);

/// <summary>A stored group's head: label, state, owning team and service, counts, span and its most typical ticket.</summary>
public sealed record StoredGroupHead(
    string Id, string Label, string State, string? Team, string? Service, long Tickets, long Customers, DateTime FirstSeen, DateTime LastSeen,
    string? RepresentativeSource, string? RepresentativeTicket);

/// <summary>A group with its impact in a week: tickets that week, in the four weeks up to it and in the four before, and its owner.</summary>
public sealed record GroupImpact(
    string Id, string Label, string State, string? Team, string? Service, long Tickets, long Customers, DateTime FirstSeen, DateTime LastSeen,
    string? RepresentativeSource, string? RepresentativeTicket, long ThisWeek, long Recent, long Previous, string? Owner, long Decided);

/// <summary>One page of groups by impact and how many groups there are.</summary>
public sealed record GroupImpactPage(IReadOnlyList<GroupImpact> Rows, long Total);

/// <summary>Tickets of a group in one week.</summary>
public sealed record GroupWeek(string GroupId, DateOnly WeekStart, long Tickets);

/// <summary>A ticket of a group (text unmasked: the application masks it) with its decided or suggested owner.</summary>
public sealed record GroupTicket(
    string Source, string Id, DateTime CreatedAt, string Subject, string? Customer, string? Status, string? Owner, bool SplitPending);
