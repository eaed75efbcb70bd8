using DuckDB.NET.Data;
using Reporting.Warehouse.Queries;
using Reporting.Analytics.Capacity;
using Reporting.Analytics.Capacity.Outlook;
using Reporting.Warehouse;
using Reporting.Warehouse.Calendar;

namespace Reporting.Analytics.Digest;

/// <summary>
/// Loads weekly digests. Capacity for all teams is computed once per loader (a digest batch for eight PMs asks
/// DuckDB once, not eight times); the rest is a few small queries per PM.
/// </summary>
public sealed class WeeklyDigestLoader(DuckDBConnection connection, TimeProvider time)
{
    public const int HistoryWeeks = 8;
    public const int ForecastWeeks = 2;
    private readonly Dictionary<IsoWeek, CapacityResult> _capacity = [];

    public async Task<WeeklyDigest> LoadAsync(DigestSubscription subscription, IsoWeek week, CancellationToken cancellationToken)
    {
        await EnsureWeekHasDataAsync(week, cancellationToken);
        var capacity = await CapacityAsync(week, cancellationToken);
        var teams = subscription.Teams.ToHashSet(StringComparer.Ordinal);
        var teamWeeks = capacity.Weeks.Where(w => teams.Contains(w.Team)).ToList();
        var teamList = string.Join('\u001f', subscription.Teams);

        var thisWeek = await HeadlineAsync(teamWeeks, teamList, week, cancellationToken);
        var lastWeek = await HeadlineAsync(teamWeeks, teamList, week.AddWeeks(-1), cancellationToken);
        var tails = capacity.ReleaseTails
            .Where(t => t.Team is not null && teams.Contains(t.Team)
                        && t.ReleasedOn >= week.AddWeeks(-3).Monday && t.ReleasedOn <= week.Sunday)
            .OrderByDescending(t => t.ExcessTickets).ThenByDescending(t => t.Tickets)
            .ToList();

        var bounced = await connection.ListAsync<BouncedTicket>(
            """
            SELECT e.ticket_id AS TicketId, t.subject AS Subject,
                   split_part(e.detail, '>', 1) AS FromTeam, split_part(e.detail, '>', 2) AS ToTeam, e.occurred_at AS At
            FROM ticket_events e JOIN tickets t ON t.source = e.source AND t.external_id = e.ticket_id
            WHERE e.kind = 'team_changed' AND e.occurred_at >= $start AND e.occurred_at < $end
              AND (list_contains(string_split($teams, chr(31)), split_part(e.detail, '>', 1))
                   OR list_contains(string_split($teams, chr(31)), split_part(e.detail, '>', 2)))
            ORDER BY e.occurred_at
            """, new { start = week.StartUtc, end = week.AddWeeks(1).StartUtc, teams = teamList }, cancellationToken);

        var all = await connection.ListAsync<string>("SELECT team FROM teams ORDER BY team", cancellationToken: cancellationToken);
        return new WeeklyDigest(
            subscription, week, thisWeek, lastWeek, teamWeeks, tails, bounced,
            await RecurringAsync(teamList, week, cancellationToken),
            all)
        {
            Times = await TimesAsync(teamList, week, cancellationToken),
            Outlook = NextTwoWeeks.Build(capacity, await RecurringGroupQueries.GrowingAsync(connection, cancellationToken), teams),
        };
    }

    /// <summary>A digest of a week the data does not reach would read as good news ("0 new tickets"): refuse it.</summary>
    public async Task EnsureWeekHasDataAsync(IsoWeek week, CancellationToken cancellationToken)
    {
        var (first, last) = await TicketQueries.CreatedSpanAsync(connection, cancellationToken);
        if (first is null || last is null)
        {
            throw new NoDataForWeekException("The warehouse has no tickets yet.");
        }

        var (firstWeek, lastWeek) = (IsoWeek.Of(first.Value), IsoWeek.Of(last.Value));
        if (week < firstWeek || week > lastWeek)
        {
            throw new NoDataForWeekException($"No tickets in {week}: the data runs from {firstWeek} to {lastWeek}.");
        }
    }

    /// <summary>The last complete ISO week of data: the week before the newest ticket's week.</summary>
    public async Task<IsoWeek> LatestCompleteWeekAsync(CancellationToken cancellationToken)
    {
        var newest = await TicketQueries.NewestCreatedAsync(connection, cancellationToken)
                     ?? throw new InvalidDataException("The warehouse has no tickets yet.");
        var week = IsoWeek.Of(newest);
        // A week is complete once its Sunday has passed in the data.
        return DateOnly.FromDateTime(newest) >= week.Sunday ? week : week.AddWeeks(-1);
    }

    private async Task<CapacityResult> CapacityAsync(IsoWeek week, CancellationToken cancellationToken)
    {
        if (!_capacity.TryGetValue(week, out var result))
        {
            result = await new CapacityCalculator(connection, time).CalculateAsync(new CapacityOptions
            {
                From = week.AddWeeks(-(HistoryWeeks - 1)).Monday,
                To = week.Sunday,
                ForecastWeeks = ForecastWeeks,
                Store = false,
            }, cancellationToken);
            _capacity[week] = result;
        }

        return result;
    }

    private async Task<HeadlineFigures> HeadlineAsync(IReadOnlyList<TeamWeek> teamWeeks, string teamList, IsoWeek week, CancellationToken cancellationToken)
    {
        var rows = teamWeeks.Where(w => w.WeekStart == week.Monday).ToList();
        var median = await connection.ScalarAsync<double?>(
            """
            SELECT quantile_cont(epoch(t.resolved_at - t.created_at) / 3600.0, 0.5)
            FROM tickets t LEFT JOIN services s ON s.service = t.service
            WHERE NOT t.deleted AND t.resolved_at >= $start AND t.resolved_at < $end
              AND list_contains(string_split($teams, chr(31)), coalesce(t.team, s.team, t.product, 'Unowned'))
            """, new { start = week.StartUtc, end = week.AddWeeks(1).StartUtc, teams = teamList }, cancellationToken);
        return new HeadlineFigures(
            rows.Sum(r => r.TicketsOpened), rows.Sum(r => r.TicketsResolved), rows.Sum(r => r.Backlog), median,
            rows.Sum(r => r.NominalHours), rows.Sum(r => r.EffectiveHours));
    }

    /// <summary>
    /// The PM's groups with tickets this week or last, by impact: tickets this week, then customers affected, then
    /// growth (last four weeks against the four before). The state is shown, not ranked on: a "new" group with no
    /// ticket this week matters less than a known one hitting dozens of customers now.
    /// </summary>
    private async Task<IReadOnlyList<RecurringGroupLine>?> RecurringAsync(string teamList, IsoWeek week, CancellationToken cancellationToken)
    {
        if (!await connection.TableExistsAsync("recurring_groups", cancellationToken)
            || await connection.ScalarAsync<long>("SELECT count(*) FROM recurring_groups", cancellationToken: cancellationToken) == 0)
        {
            return null;
        }

        var rows = await connection.ListAsync<GroupRow>(
            """
            WITH counted AS (
                SELECT g.group_id AS GroupId, g.label AS Label, g.state AS State, g.team AS Team, g.tickets AS Tickets, g.customers AS Customers,
                       count(*) FILTER (WHERE t.created_at >= $start AND t.created_at < $end) AS ThisWeek,
                       count(*) FILTER (WHERE t.created_at >= $previous AND t.created_at < $start) AS LastWeek,
                       count(*) FILTER (WHERE t.created_at >= $recent AND t.created_at < $end) AS Recent,
                       count(*) FILTER (WHERE t.created_at >= $before AND t.created_at < $recent) AS Previous,
                       string_agg(m.ticket_id, ' ' ORDER BY t.created_at DESC) FILTER (WHERE t.created_at < $end) AS Examples
                FROM recurring_groups g
                JOIN recurring_group_members m ON m.group_id = g.group_id
                JOIN tickets t ON t.source = m.source AND t.external_id = m.ticket_id
                WHERE list_contains(string_split($teams, chr(31)), g.team)
                GROUP BY g.group_id, g.label, g.state, g.team, g.tickets, g.customers
            )
            SELECT * FROM counted
            WHERE ThisWeek + LastWeek > 0
            ORDER BY ThisWeek DESC, Customers DESC, Recent - Previous DESC, GroupId
            LIMIT 10
            """,
            new
            {
                start = week.StartUtc, end = week.AddWeeks(1).StartUtc, previous = week.AddWeeks(-1).StartUtc, teams = teamList,
                recent = week.AddWeeks(-3).StartUtc, before = week.AddWeeks(-7).StartUtc,
            },
            cancellationToken);
        return rows.Select(r => new RecurringGroupLine(r.GroupId, r.Label, r.State, r.Team, r.ThisWeek, r.LastWeek, r.Tickets, r.Customers,
            (r.Examples ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3).ToList())
        {
            RecentTickets = r.Recent,
            PreviousTickets = r.Previous,
        }).ToList();
    }

    private async Task<IReadOnlyList<WeeklyTimes>> TimesAsync(string teamList, IsoWeek week, CancellationToken cancellationToken) =>
        await connection.ListAsync<WeeklyTimes>(
            """
            WITH tt AS (
                SELECT t.created_at, t.first_response_at, t.resolved_at
                FROM tickets t LEFT JOIN services s ON s.service = t.service
                WHERE NOT t.deleted AND list_contains(string_split($teams, chr(31)), coalesce(t.team, s.team, t.product, 'Unowned'))
            ),
            weeks AS (SELECT CAST(r AS DATE) AS week_start FROM range(CAST($from AS TIMESTAMP), CAST($end AS TIMESTAMP), INTERVAL 7 DAY) t(r)),
            response AS (
                SELECT CAST(date_trunc('week', created_at) AS DATE) AS week_start,
                       quantile_cont(epoch(first_response_at - created_at) / 3600.0, 0.5) AS p50,
                       quantile_cont(epoch(first_response_at - created_at) / 3600.0, 0.9) AS p90
                FROM tt WHERE created_at >= $from AND created_at < $end GROUP BY ALL
            ),
            resolution AS (
                SELECT CAST(date_trunc('week', resolved_at) AS DATE) AS week_start,
                       quantile_cont(epoch(resolved_at - created_at) / 3600.0, 0.5) AS p50,
                       quantile_cont(epoch(resolved_at - created_at) / 3600.0, 0.9) AS p90
                FROM tt WHERE resolved_at >= $from AND resolved_at < $end GROUP BY ALL
            )
            SELECT w.week_start AS WeekStart, f.p50 AS FirstResponseP50, f.p90 AS FirstResponseP90, r.p50 AS ResolutionP50, r.p90 AS ResolutionP90
            FROM weeks w LEFT JOIN response f USING (week_start) LEFT JOIN resolution r USING (week_start)
            ORDER BY w.week_start
            """,
            new { teams = teamList, from = week.AddWeeks(-(HistoryWeeks - 1)).StartUtc, end = week.AddWeeks(1).StartUtc }, cancellationToken);

    private sealed record GroupRow(
        string GroupId, string Label, string State, string? Team, long Tickets, long Customers, long ThisWeek, long LastWeek, long Recent, long Previous,
        string? Examples);
}
