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
        if (options.Team is { } team && !await CapacityComputationQueries.HasTeamAsync(connection, team, cancellationToken))
        {
            var known = await CapacityComputationQueries.TeamsAsync(connection, cancellationToken);
            throw new NotFoundException($"Unknown team '{team}'. Teams: {string.Join(", ", known)}");
        }

        Step("roster");
        var effort = options.FitEffort
            ? EffortModelFitter.Fit(await TrackedTimeQueries.ListAsync(connection, cancellationToken), options.Effort)
            : new EffortFit(0, 0, null, null, false, "Effort: the configured hours per ticket are used.") { Model = options.Effort };
        await SupportEffortQueries.BuildAsync(connection, effort.Model.ToRates(), cancellationToken);
        Step("support effort");
        await TicketFlowQueries.BuildAsync(connection, cancellationToken);
        Step("ticket flow");
        await ReleaseTailQueries.BuildAsync(connection, cancellationToken);
        Step("release tails");

        var rows = await CapacityComputationQueries.TeamWeeksAsync<TeamWeekRow>(
            connection, "cap_effort", touchedOnly: false, options.Team, options.BuddyShare, cancellationToken);
        var tails = await CapacityComputationQueries.ReleaseTailsAsync<ReleaseTail>(connection, cancellationToken);

        var dataStart = await DataStartAsync(connection, cancellationToken);
        var (allWeeks, accuracy) = Forecast(rows.Select(r => r.ToTeamWeek()).ToList(), tails, options, dataStart);
        var weeks = allWeeks.Where(w => w.WeekStart >= requestedFirst).ToList();
        var unowned = await CapacityComputationQueries.UnownedHoursAsync(connection, requestedFirst, cancellationToken) ?? 0;

        Step("team weeks and forecast");
        if (options.Store)
        {
            // Every computed week is stored, also the history before the period shown: an incremental refresh forecasts from it.
            await StoreAsync(allWeeks, derived, note, options.Team, now, cancellationToken);
            Step("stored");
        }

        var breakdown = await CapacityComputationQueries.BreakdownAsync<SupportBreakdown>(connection, options.Team, requestedFirst, cancellationToken);

        Step("breakdown");
        return new CapacityResult(weeks, derived, note, Math.Round(unowned, 2))
        {
            ReleaseTails = tails, Breakdown = breakdown, FirstDataWeek = dataStart, Accuracy = accuracy, Effort = effort,
            TeamSizes = await CapacityComputationQueries.TeamSizesAsync<TeamSize>(connection, cancellationToken),
            PlannedAbsences = await CapacityComputationQueries.PlannedAbsencesAsync<PlannedAbsence>(connection, cancellationToken),
            UpcomingReleases = await CapacityComputationQueries.UpcomingReleasesAsync<UpcomingRelease>(
                connection, lastWeek.AddDays(6), lastWeek.AddDays(7 * (options.ForecastWeeks + 1)), cancellationToken),
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
        var firstTicket = await CapacityComputationQueries.FirstTicketAtAsync(connection, cancellationToken);
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
        await CapacityComputationQueries.ReplacePeriodAsync(connection, team, cancellationToken);
        AppendWeeks(connection, weeks, derived, note, now);
        await transaction.CommitAsync(cancellationToken);
    }

    internal static void AppendWeeks(DuckDBConnection connection, IEnumerable<TeamWeek> weeks, bool derived, string note, DateTime now) =>
        CapacityComputationQueries.AppendWeeks(connection, weeks.Select(Computed), derived, note, now);

    private static ComputedCapacityWeek Computed(TeamWeek w) => new(
        w.Team, w.WeekStart, w.Week, w.NominalHours, w.RotationHours, w.RotationEngineer,
        w.SupportHours, w.AbsorbedHours, w.LeakedHours, w.OverflowHours, w.UnservedHours, w.EffectiveHours,
        w.TicketsOpened, w.TicketsResolved, w.Backlog, w.FirstResponseP50Hours, w.FirstResponseP90Hours,
        w.ResolutionP50Hours, w.ResolutionP90Hours, w.Reopened, w.Reassigned, w.Forecast,
        w.EffectiveLow, w.EffectiveHigh, w.Method is { } method ? method.ToString().ToLowerInvariant() : null);

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
