using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// What the tickets say about the company, for proposing and checking teams.yaml: who works on which team's tickets,
/// which team handles each service, and every name the warehouse has seen. Read-only: no temporary tables.
/// </summary>
public static class SetupQueries
{
    /// <summary>
    /// Each live ticket with the team it belongs to: its own team, else the team that usually has its service, else its
    /// product (a Jira project, a GitHub repository), the same order capacity uses when no teams are configured.
    /// </summary>
    private const string TicketTeams =
        """
        service_team AS (
            SELECT service, trim(team) AS team FROM tickets
            WHERE NOT deleted AND service IS NOT NULL AND nullif(trim(team), '') IS NOT NULL
            GROUP BY service, trim(team)
            QUALIFY row_number() OVER (PARTITION BY service ORDER BY count(*) DESC, trim(team)) = 1
        ),
        ticket_team AS (
            SELECT t.source, t.external_id, t.service, t.assignee, coalesce(t.updated_at, t.resolved_at, t.created_at) AS seen_at,
                   coalesce(nullif(trim(t.team), ''), st.team, nullif(trim(t.product), '')) AS team
            FROM tickets t LEFT JOIN service_team st ON st.service = t.service
            WHERE NOT t.deleted
        )
        """;

    /// <summary>Teams as the tickets name them, with how many tickets each has and the newest.</summary>
    public static Task<IReadOnlyList<TicketTeam>> TeamsAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<TicketTeam>(
            $"""
            WITH {TicketTeams}
            SELECT team AS Team, count(*) AS Tickets, max(seen_at) AS LastTicket
            FROM ticket_team WHERE team IS NOT NULL
            GROUP BY team ORDER BY Tickets DESC, Team
            """, cancellationToken: cancellationToken);

    /// <summary>Each service with the team that handles most of its tickets (ties: the first name).</summary>
    public static Task<IReadOnlyList<ServiceOwnership>> ServiceOwnersAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<ServiceOwnership>(
            $"""
            WITH {TicketTeams},
            counted AS (
                SELECT service, team, count(*) AS n, sum(count(*)) OVER (PARTITION BY service) AS total
                FROM ticket_team WHERE service IS NOT NULL AND team IS NOT NULL
                GROUP BY service, team
            )
            SELECT service AS Service, team AS Team, n AS TeamTickets, CAST(total AS BIGINT) AS Tickets
            FROM counted
            QUALIFY row_number() OVER (PARTITION BY service ORDER BY n DESC, team) = 1
            ORDER BY Tickets DESC, Service
            """, cancellationToken: cancellationToken);

    /// <summary>
    /// Per person and team: the tickets they were assigned (now or earlier, from <c>assigned</c> events), the comments they
    /// wrote, the tickets they touched at all, and when they last did.
    /// </summary>
    public static Task<IReadOnlyList<PersonActivity>> ActivityAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<PersonActivity>(
            $"""
            WITH {TicketTeams},
            activity AS (
                SELECT assignee AS person, team, source, external_id, seen_at, true AS assigned, 0 AS comment
                FROM ticket_team WHERE assignee IS NOT NULL
                UNION ALL
                SELECT CASE WHEN e.kind = 'assigned' THEN e.detail ELSE e.actor END, tt.team, e.source, e.ticket_id, e.occurred_at,
                       e.kind = 'assigned', CASE WHEN e.kind = 'comment' THEN 1 ELSE 0 END
                FROM ticket_events e JOIN ticket_team tt ON tt.source = e.source AND tt.external_id = e.ticket_id
                UNION ALL
                -- Whoever assigns tickets works on them too (a lead, a dispatcher).
                SELECT e.actor, tt.team, e.source, e.ticket_id, e.occurred_at, false, 0
                FROM ticket_events e JOIN ticket_team tt ON tt.source = e.source AND tt.external_id = e.ticket_id
                WHERE e.kind = 'assigned'
            )
            SELECT person AS Person, team AS Team,
                   count(DISTINCT (source, external_id)) FILTER (WHERE assigned) AS AssignedTickets,
                   CAST(sum(comment) AS BIGINT) AS Comments,
                   count(DISTINCT (source, external_id)) AS Tickets,
                   max(seen_at) AS LastActive
            FROM activity
            WHERE nullif(trim(person), '') IS NOT NULL AND team IS NOT NULL
            GROUP BY person, team
            ORDER BY person, team
            """, cancellationToken: cancellationToken);

    /// <summary>Every name the tickets and their history mention as a person: assignees, event actors, assigned engineers.</summary>
    public static Task<IReadOnlyList<string>> PeopleSeenAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<string>(
            """
            SELECT assignee FROM tickets WHERE NOT deleted AND assignee IS NOT NULL
            UNION SELECT actor FROM ticket_events WHERE actor IS NOT NULL
            UNION SELECT detail FROM ticket_events WHERE kind = 'assigned' AND detail IS NOT NULL
            """, cancellationToken: cancellationToken);

    /// <summary>The services and teams the tickets name, with their ticket counts.</summary>
    public static Task<IReadOnlyList<NamedCount>> TicketServicesAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<NamedCount>(
            "SELECT service AS Name, count(*) AS Tickets FROM tickets WHERE NOT deleted AND service IS NOT NULL GROUP BY service ORDER BY Tickets DESC, Name",
            cancellationToken: cancellationToken);

    public static Task<IReadOnlyList<NamedCount>> TicketTeamsAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<NamedCount>(
            "SELECT team AS Name, count(*) AS Tickets FROM tickets WHERE NOT deleted AND nullif(trim(team), '') IS NOT NULL GROUP BY team ORDER BY Tickets DESC, Name",
            cancellationToken: cancellationToken);

    /// <summary>The loaded rotation, week by week.</summary>
    public static Task<IReadOnlyList<RotationWeek>> RotationAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<RotationWeek>(
            "SELECT week_start AS WeekStart, team AS Team, engineer AS Engineer FROM rotation ORDER BY week_start, team",
            cancellationToken: cancellationToken);

    /// <summary>The services releases were loaded or pulled for, with how many releases each.</summary>
    public static Task<IReadOnlyList<NamedCount>> ReleaseServicesAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<NamedCount>(
            "SELECT service AS Name, count(*) AS Tickets FROM releases GROUP BY service ORDER BY Name",
            cancellationToken: cancellationToken);

    /// <summary>The loaded teams.yaml: teams with their product manager's e-mail, members, services.</summary>
    public static Task<IReadOnlyList<(string Team, string PmName, string PmEmail, string PmTimeZone)>> ConfiguredTeamsAsync(
        DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<(string, string, string, string)>(
            "SELECT team, coalesce(pm_name, ''), coalesce(pm_email, ''), coalesce(pm_time_zone, '') FROM teams ORDER BY team",
            cancellationToken: cancellationToken);

    public static Task<IReadOnlyList<(string Team, string Engineer, double WeeklyHours)>> ConfiguredMembersAsync(
        DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<(string, string, double)>(
            "SELECT team, engineer, weekly_hours FROM team_members ORDER BY team, engineer", cancellationToken: cancellationToken);

    public static Task<IReadOnlyList<(string Service, string Team)>> ConfiguredServicesAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<(string, string)>("SELECT service, team FROM services ORDER BY team, service", cancellationToken: cancellationToken);

    public static Task<IReadOnlyList<string>> AbsentEngineersAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<string>("SELECT DISTINCT engineer FROM absences ORDER BY engineer", cancellationToken: cancellationToken);
}

/// <summary>A team as tickets name it.</summary>
public sealed record TicketTeam(string Team, long Tickets, DateTime LastTicket);

/// <summary>A service, the team that handles most of its tickets (<paramref name="TeamTickets"/> of them) and all its tickets.</summary>
public sealed record ServiceOwnership(string Service, string Team, long TeamTickets, long Tickets);

/// <summary>What one person did on one team's tickets.</summary>
public sealed record PersonActivity(string Person, string Team, long AssignedTickets, long Comments, long Tickets, DateTime LastActive);

/// <summary>A name and how many tickets (or rows) carry it.</summary>
public sealed record NamedCount(string Name, long Tickets);

/// <summary>One row of the rotation.</summary>
public sealed record RotationWeek(DateOnly WeekStart, string Team, string Engineer);
