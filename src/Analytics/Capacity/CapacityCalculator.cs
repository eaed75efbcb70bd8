using DuckDB.NET.Data;
using Reporting.Analytics.Capacity.Effort;
using Reporting.Analytics.Capacity.Forecasting;
using Reporting.Analytics.Capacity.Outlook;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;
using Reporting.Warehouse.Calendar;

namespace Reporting.Analytics.Capacity;

/// <summary>
/// Computes per team and ISO week how much engineering capacity support took and what is left:
/// effective = nominal − rotation − leaked support, plus a forecast for the following weeks.
/// The set work runs in DuckDB (one query per metric family); results are stored in
/// <c>capacity_weeks</c>, <c>support_effort</c> and <c>release_tails</c> for reports and the API.
/// </summary>
public sealed class CapacityCalculator(DuckDBConnection connection, TimeProvider time)
{
    public async Task<CapacityResult> CalculateAsync(CapacityOptions options, CancellationToken cancellationToken = default) =>
        await CalculateAsync(options, progress: null, cancellationToken);

    /// <param name="progress">Receives each step with its elapsed time, for long runs and benchmarks.</param>
    public async Task<CapacityResult> CalculateAsync(CapacityOptions options, IProgress<string>? progress, CancellationToken cancellationToken = default)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        // Stored rows are stamped with the start: tickets ingested while this ran are newer than the figures.
        var now = time.GetUtcNow().UtcDateTime;
        void Step(string what) => progress?.Report($"capacity: {what} ({watch.Elapsed.TotalSeconds:F2} s)");
        if (options.To < options.From)
        {
            throw new UserInputException($"--to {options.To:yyyy-MM-dd} is before --from {options.From:yyyy-MM-dd}");
        }

        if (options.ForecastWeeks is < 0 or > 8)
        {
            throw new UserInputException($"--forecast-weeks must be between 0 and 8, not {options.ForecastWeeks}");
        }

        var (requestedFirst, firstWeek, lastWeek) = Weeks(options);
        var (derived, note) = await TeamRoster.BuildAsync(connection, options, firstWeek, lastWeek, cancellationToken);
        if (options.Team is { } team
            && await connection.ScalarAsync<long>("SELECT count(*) FROM cap_members WHERE team = $team", new { team }, cancellationToken) == 0)
        {
            var known = await connection.ListAsync<string>("SELECT DISTINCT team FROM cap_members ORDER BY team", cancellationToken: cancellationToken);
            throw new NotFoundException($"Unknown team '{team}'. Teams: {string.Join(", ", known)}");
        }

        Step("roster");
        var effort = options.FitEffort
            ? EffortModelFitter.Fit(await TrackedTimeQueries.ListAsync(connection, cancellationToken), options.Effort)
            : new EffortFit(0, 0, null, null, false, "Effort: the configured hours per ticket are used.") { Model = options.Effort };
        await SupportEffortQuery.BuildAsync(connection, effort.Model, cancellationToken);
        Step("support effort");
        await TicketFlowQuery.BuildAsync(connection, cancellationToken);
        Step("ticket flow");
        await ReleaseTailQuery.BuildAsync(connection, cancellationToken);
        Step("release tails");

        var rows = await connection.ListAsync<TeamWeekRow>(TeamWeeksSql("cap_effort", touchedOnly: false), new { team = options.Team, buddyShare = options.BuddyShare }, cancellationToken);
        var tails = await connection.ListAsync<ReleaseTail>(
            """
            SELECT service AS Service, version AS Version, released_on AS ReleasedOn, team AS Team,
                   week0 AS Week0, week1 AS Week1, week2 AS Week2, baseline_per_week AS BaselinePerWeek,
                   excess AS ExcessTickets, hours AS SupportHours, observed_days AS ObservedDays
            FROM cap_release_tail ORDER BY released_on, service
            """, cancellationToken: cancellationToken);

        var dataStart = await DataStartAsync(connection, cancellationToken);
        var (allWeeks, accuracy) = Forecast(rows.Select(r => r.ToTeamWeek()).ToList(), tails, options, dataStart);
        var weeks = allWeeks.Where(w => w.WeekStart >= requestedFirst).ToList();
        var unowned = await connection.ScalarAsync<double?>(
            "SELECT sum(hours) FROM cap_effort e JOIN cap_weeks w USING (week_start) WHERE NOT w.forecast AND e.week_start >= $first AND e.team NOT IN (SELECT team FROM cap_members)",
            new { first = TeamRoster.At(requestedFirst) }, cancellationToken) ?? 0;

        Step("team weeks and forecast");
        if (options.Store)
        {
            // Every computed week is stored, also the history before the period shown: an incremental refresh forecasts from it.
            await StoreAsync(allWeeks, derived, note, options.Team, now, cancellationToken);
            Step("stored");
        }

        var breakdown = await connection.ListAsync<SupportBreakdown>(
            """
            SELECT team AS Team,
                   CASE WHEN GROUPING(service) = 0 THEN 'service' WHEN GROUPING(ticket_type) = 0 THEN 'type' ELSE 'engineer' END AS Dimension,
                   coalesce(CASE WHEN GROUPING(service) = 0 THEN coalesce(service, '(no service)')
                                 WHEN GROUPING(ticket_type) = 0 THEN coalesce(ticket_type, '(no type)')
                                 ELSE coalesce(engineer, '(nobody)') END, '') AS Key,
                   round(sum(hours), 2) AS Hours, count(DISTINCT (e.source, e.ticket_id)) AS Tickets
            FROM cap_effort e
            JOIN cap_weeks w ON w.week_start = e.week_start AND NOT w.forecast
            WHERE ($team IS NULL OR e.team = $team) AND e.week_start >= $first
            GROUP BY GROUPING SETS ((team, service), (team, ticket_type), (team, engineer))
            ORDER BY Team, Dimension, Hours DESC
            """, new { team = options.Team, first = TeamRoster.At(requestedFirst) }, cancellationToken);

        Step("breakdown");
        return new CapacityResult(weeks, derived, note, Math.Round(unowned, 2))
        {
            ReleaseTails = tails, Breakdown = breakdown, FirstDataWeek = dataStart, Accuracy = accuracy, Effort = effort,
            TeamSizes = await connection.ListAsync<TeamSize>(
                "SELECT team AS Team, count(*) AS Engineers, avg(weekly_hours) AS HoursPerEngineer FROM cap_members GROUP BY team ORDER BY team",
                cancellationToken: cancellationToken),
            PlannedAbsences = await connection.ListAsync<PlannedAbsence>(
                """
                SELECT m.team AS Team, a.engineer AS Engineer, a.week_start AS WeekStart, least(a.days_off, 5) AS Days
                FROM cap_absence a JOIN cap_members m ON m.engineer = a.engineer JOIN cap_weeks w ON w.week_start = a.week_start AND w.forecast
                ORDER BY a.week_start, m.team, a.engineer
                """, cancellationToken: cancellationToken),
            UpcomingReleases = await connection.ListAsync<UpcomingRelease>(
                """
                SELECT s.team AS Team, r.service AS Service, r.version AS Version, r.released_on AS ReleasedOn
                FROM releases r JOIN services s ON s.service = r.service
                WHERE r.released_on > $last AND r.released_on < $end
                ORDER BY r.released_on, r.service
                """, new { last = TeamRoster.At(lastWeek.AddDays(6)), end = TeamRoster.At(lastWeek.AddDays(7 * (options.ForecastWeeks + 1))) },
                cancellationToken),
        };
    }

    /// <summary>The first week shown, the first week computed (the forecast's history) and the last observed week.</summary>
    internal static (DateOnly RequestedFirst, DateOnly FirstWeek, DateOnly LastWeek) Weeks(CapacityOptions options)
    {
        var requestedFirst = IsoWeek.Of(options.From).Monday;
        var lastWeek = IsoWeek.Of(options.To).Monday;
        // The forecast always learns from the same recent history, however short the period shown.
        var firstWeek = options.ForecastWeeks > 0
            ? new[] { requestedFirst, lastWeek.AddDays(-7 * (options.ForecastHistoryWeeks - 1)) }.Min()
            : requestedFirst;
        return (requestedFirst, firstWeek, lastWeek);
    }

    internal static async Task<DateOnly> DataStartAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        var firstTicket = await connection.ScalarAsync<DateTime?>("SELECT min(created_at) FROM tickets WHERE NOT deleted", cancellationToken: cancellationToken);
        return firstTicket is null ? DateOnly.MaxValue : IsoWeek.Of(firstTicket.Value).Monday;
    }

    internal static (List<TeamWeek> Weeks, List<BacktestScore> Accuracy) Forecast(
        List<TeamWeek> weeks, IReadOnlyList<ReleaseTail> tails, CapacityOptions options, DateOnly dataStart)
    {
        var uplift = new ReleaseUplift(tails);
        var backtest = new ForecastBacktest(options.Forecasting, uplift.Tickets);
        var result = new List<TeamWeek>(weeks.Count);
        var accuracy = new List<BacktestScore>();
        foreach (var teamWeeks in weeks.GroupBy(w => w.Team))
        {
            // Weeks before the first ticket are not history, only an empty calendar.
            var history = History(teamWeeks, dataStart, options.ForecastHistoryWeeks);
            accuracy.AddRange(Enumerable.Range(1, Math.Min(2, options.ForecastWeeks)).Select(h => backtest.Score(teamWeeks.Key, history, h)));
            var horizon = 0;
            foreach (var week in teamWeeks)
            {
                if (!week.Forecast)
                {
                    result.Add(week);
                    continue;
                }

                horizon++;
                var knownAt = history.Count > 0 ? history[^1].WeekStart.AddDays(6) : week.WeekStart;
                result.Add(CapacityForecaster.Forecast(week, history, horizon, backtest, uplift.Tickets(knownAt, week)));
            }
        }

        return (result, accuracy);
    }

    internal static List<TeamWeek> History(IEnumerable<TeamWeek> teamWeeks, DateOnly dataStart, int weeks) =>
        teamWeeks.Where(w => !w.Forecast && w.WeekStart >= dataStart).TakeLast(weeks).ToList();

    private async Task StoreAsync(IReadOnlyList<TeamWeek> weeks, bool derived, string note, string? team, DateTime now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // cap_weeks is one run of Mondays: a range reads the stored lines once instead of joining each to the calendar.
        await connection.RunAsync(
            """
            DELETE FROM capacity_weeks
            WHERE week_start BETWEEN (SELECT min(week_start) FROM cap_weeks) AND (SELECT max(week_start) FROM cap_weeks)
              AND ($team IS NULL OR team = $team);
            DELETE FROM support_effort
            WHERE week_start BETWEEN (SELECT min(week_start) FROM cap_weeks) AND (SELECT max(week_start) FROM cap_weeks)
              AND ($team IS NULL OR team = $team);
            INSERT INTO support_effort
            SELECT e.team, e.week_start, e.engineer, e.on_rotation, e.kind, e.hours, e.source, e.ticket_id, e.ticket_team, e.service, e.ticket_type
            FROM cap_effort e JOIN cap_weeks w ON w.week_start = e.week_start AND NOT w.forecast
            WHERE $team IS NULL OR e.team = $team;
            DELETE FROM release_tails;
            INSERT INTO release_tails SELECT * EXCLUDE (observed_days) FROM cap_release_tail;
            """,
            new { team }, cancellationToken);

        AppendWeeks(connection, weeks, derived, note, now);
        await transaction.CommitAsync(cancellationToken);
    }

    internal static void AppendWeeks(DuckDBConnection connection, IEnumerable<TeamWeek> weeks, bool derived, string note, DateTime now)
    {
        using (var appender = connection.CreateAppender("capacity_weeks"))
        {
            foreach (var w in weeks)
            {
                appender.CreateRow()
                    .AppendValue(w.Team).AppendValue(w.WeekStart).AppendValue(w.Week)
                    .AppendValue(w.NominalHours).AppendValue(w.RotationHours).AppendValue(w.RotationEngineer)
                    .AppendValue(w.SupportHours).AppendValue(w.AbsorbedHours).AppendValue(w.LeakedHours).AppendValue(w.EffectiveHours)
                    .AppendValue(w.TicketsOpened).AppendValue(w.TicketsResolved).AppendValue(w.Backlog)
                    .AppendValue(w.FirstResponseP50Hours).AppendValue(w.FirstResponseP90Hours)
                    .AppendValue(w.ResolutionP50Hours).AppendValue(w.ResolutionP90Hours)
                    .AppendValue(w.Reopened).AppendValue(w.Reassigned)
                    .AppendValue(w.Forecast).AppendValue(w.EffectiveLow).AppendValue(w.EffectiveHigh)
                    .AppendValue(derived).AppendValue(now)
                    .AppendValue(w.OverflowHours).AppendValue(w.UnservedHours).AppendValue(note)
                    .AppendValue(w.Method is { } method ? method.ToString().ToLowerInvariant() : null)
                    .EndRow();
            }
        }
    }

    /// <param name="effort">The effort lines: this computation's <c>cap_effort</c>, or the stored lines of the touched team-weeks.</param>
    /// <param name="touchedOnly">Only the team-weeks in <c>cap_touched</c>, and the forecast weeks.</param>
    internal static string TeamWeeksSql(string effort, bool touchedOnly) =>
        $"""
        WITH available AS (
            SELECT w.week_start, m.team, m.engineer,
                   m.weekly_hours * (1 - least(coalesce(a.days_off, 0), 5) / 5.0) AS hours
            FROM cap_weeks w CROSS JOIN cap_members m
            LEFT JOIN cap_absence a ON a.engineer = m.engineer AND a.week_start = w.week_start
        ),
        nominal AS (
            SELECT week_start, team, sum(hours) AS nominal FROM available GROUP BY ALL
        ),
        -- A buddy pairing with a newcomer gives the rotation a share of their week.
        rotation_hours AS (
            SELECT r.week_start, r.team, r.engineer, coalesce(av.hours, 0) + $buddyShare * coalesce(bv.hours, 0) AS hours
            FROM cap_rotation r
            LEFT JOIN available av ON av.team = r.team AND av.engineer = r.engineer AND av.week_start = r.week_start
            LEFT JOIN available bv ON bv.team = r.team AND bv.engineer = r.buddy AND bv.week_start = r.week_start
        ),
        -- Nobody is charged more than they had that week; what an engineer was asked beyond it is overflow.
        asked AS (
            SELECT team, week_start, engineer, bool_or(on_rotation) AS on_rotation, sum(hours) AS hours
            FROM {effort} GROUP BY team, week_start, engineer
        ),
        charged AS (
            SELECT k.team, k.week_start, k.on_rotation, k.hours AS asked, least(k.hours, coalesce(av.hours, 0)) AS charged,
                   -- what the buddy did within their pairing share is the rotation's work, not a leak
                   CASE WHEN NOT k.on_rotation AND k.engineer = r.buddy THEN $buddyShare * coalesce(av.hours, 0) ELSE 0 END AS paired
            FROM asked k
            LEFT JOIN available av ON av.team = k.team AND av.engineer = k.engineer AND av.week_start = k.week_start
            LEFT JOIN cap_rotation r ON r.team = k.team AND r.week_start = k.week_start
        ),
        effort AS (
            SELECT team, week_start, sum(asked) AS support,
                   coalesce(sum(charged) FILTER (WHERE on_rotation), 0) + sum(least(charged, paired)) AS absorbed,
                   coalesce(sum(charged - least(charged, paired)) FILTER (WHERE NOT on_rotation), 0) AS leaked,
                   sum(asked - charged) AS overflow
            FROM charged GROUP BY ALL
        )
        SELECT n.team AS Team, n.week_start AS WeekStart, strftime(n.week_start, '%G-W%V') AS Week,
               round(n.nominal, 2) AS NominalHours,
               round(coalesce(r.hours, 0), 2) AS RotationHours, r.engineer AS RotationEngineer,
               round(coalesce(e.support, 0), 2) AS SupportHours,
               round(coalesce(e.absorbed, 0), 2) AS AbsorbedHours,
               round(coalesce(e.leaked, 0), 2) AS LeakedHours,
               round(coalesce(e.overflow, 0), 2) AS OverflowHours,
               coalesce(f.opened, 0) AS TicketsOpened, coalesce(f.resolved, 0) AS TicketsResolved,
               coalesce(f.backlog, 0) AS Backlog,
               f.ttfr_p50 AS FirstResponseP50Hours, f.ttfr_p90 AS FirstResponseP90Hours,
               f.ttr_p50 AS ResolutionP50Hours, f.ttr_p90 AS ResolutionP90Hours,
               coalesce(f.reopened, 0) AS Reopened, coalesce(f.reassigned, 0) AS Reassigned,
               w.forecast AS Forecast
        FROM nominal n
        JOIN cap_weeks w ON w.week_start = n.week_start
        LEFT JOIN rotation_hours r ON r.team = n.team AND r.week_start = n.week_start
        LEFT JOIN effort e ON e.team = n.team AND e.week_start = n.week_start
        LEFT JOIN cap_flow f ON f.team = n.team AND f.week_start = n.week_start
        WHERE ($team IS NULL OR n.team = $team)
          {(touchedOnly ? "AND (w.forecast OR EXISTS (SELECT 1 FROM cap_touched k WHERE k.team = n.team AND k.week_start = n.week_start))" : "")}
        ORDER BY n.team, n.week_start
        """;

    internal sealed record TeamWeekRow(
        string Team, DateOnly WeekStart, string Week, double NominalHours, double RotationHours, string? RotationEngineer,
        double SupportHours, double AbsorbedHours, double LeakedHours, double OverflowHours, long TicketsOpened, long TicketsResolved, long Backlog,
        double? FirstResponseP50Hours, double? FirstResponseP90Hours, double? ResolutionP50Hours, double? ResolutionP90Hours,
        long Reopened, long Reassigned, bool Forecast)
    {
        public TeamWeek ToTeamWeek() => new()
        {
            Team = Team, WeekStart = WeekStart, Week = Week, NominalHours = NominalHours, RotationHours = RotationHours,
            RotationEngineer = RotationEngineer, SupportHours = SupportHours, AbsorbedHours = AbsorbedHours, LeakedHours = LeakedHours,
            OverflowHours = OverflowHours,
            // Overflow spills to teammates as far as they have hours left; the rest waits in the backlog.
            EffectiveHours = Math.Round(Math.Max(0, Room - OverflowHours), 2),
            UnservedHours = Math.Round(Math.Max(0, OverflowHours - Room), 2),
            TicketsOpened = TicketsOpened, TicketsResolved = TicketsResolved, Backlog = Backlog,
            FirstResponseP50Hours = Round(FirstResponseP50Hours), FirstResponseP90Hours = Round(FirstResponseP90Hours),
            ResolutionP50Hours = Round(ResolutionP50Hours), ResolutionP90Hours = Round(ResolutionP90Hours),
            Reopened = Reopened, Reassigned = Reassigned, Forecast = Forecast,
        };

        private double Room => Math.Max(0, NominalHours - RotationHours - LeakedHours);

        private static double? Round(double? hours) => hours is null ? null : Math.Round(hours.Value, 2);
    }
}
