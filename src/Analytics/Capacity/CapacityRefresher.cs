using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;
using Reporting.Analytics.Capacity.Effort;
using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.Capacity;

/// <summary>
/// Keeps the stored capacity (<c>capacity_weeks</c>, <c>support_effort</c>, <c>release_tails</c>) current for all teams.
/// Incremental when the stored figures cover the same weeks under the same configuration: only the tickets ingested
/// since the last refresh get their effort lines again, and only the observed team-weeks they touch are recomputed.
/// Dependencies, all followed: a ticket touches the weeks of its old and new effort lines and the weeks it opens and
/// resolves in; a week whose counts or backlog moved is recomputed (a ticket that left a week, and the backlog carried
/// into every later week); release tails are recomputed whole (small); every forecast week is recomputed, since it
/// learns from the team's whole history and the tails. Full recompute when nothing usable is stored, the configuration
/// (teams, members, rotation, absences, services, releases, effort model, period) changed, or teams are derived from
/// tickets (the roster itself then depends on them).
/// </summary>
public sealed class CapacityRefresher(DuckDBConnection connection, TimeProvider time)
{
    /// <param name="previousFingerprint">The last refresh's <see cref="CapacityRefreshOutcome.Fingerprint"/>; null forces a full recompute.</param>
    /// <param name="progress">Receives each step with its elapsed time.</param>
    public async Task<CapacityRefreshOutcome> RefreshAsync(
        CapacityOptions options, string? previousFingerprint, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        void Step(string what) => progress?.Report($"capacity refresh: {what} ({watch.Elapsed.TotalSeconds:F2} s)");
        options = options with { Team = null, Store = true };
        var now = time.GetUtcNow().UtcDateTime;
        var (_, firstWeek, lastWeek) = CapacityCalculator.Weeks(options);
        var (derived, note) = await TeamRoster.BuildAsync(connection, options, firstWeek, lastWeek, cancellationToken);
        var effort = options.FitEffort
            ? EffortModelFitter.Fit(await TrackedTimeQueries.ListAsync(connection, cancellationToken), options.Effort)
            : new EffortFit(0, 0, null, null, false, "Effort: the configured hours per ticket are used.") { Model = options.Effort };
        var fingerprint = await CapacityRefreshQueries.FingerprintAsync(connection, Settings(options, firstWeek, lastWeek, effort.Model), cancellationToken);
        Step("roster, effort model and fingerprint");

        var storedSince = await CapacityRefreshQueries.StoredSinceAsync(connection, cancellationToken);
        var why = derived ? "teams are derived from the tickets"
            : storedSince is null ? "nothing stored for these weeks yet"
            : previousFingerprint != fingerprint ? "the configuration changed (or is not known)"
            : null;
        if (why is not null)
        {
            var full = await new CapacityCalculator(connection, time).CalculateAsync(options, progress, cancellationToken);
            return new CapacityRefreshOutcome(false, why, 0, full.Weeks.Count(w => !w.Forecast), full.Weeks.Count(w => w.Forecast), fingerprint,
                watch.Elapsed.TotalSeconds);
        }

        var changed = await CapacityRefreshQueries.MarkChangedAsync(connection, storedSince!.Value, cancellationToken);
        await SupportEffortQueries.BuildAsync(connection, effort.Model.ToRates(), changedOnly: true, cancellationToken);
        await TicketFlowQueries.BuildCountsAsync(connection, cancellationToken);
        var touched = await CapacityRefreshQueries.MarkTouchedAsync(connection, cancellationToken);
        Step($"{changed} changed tickets touch {touched} team-weeks");

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await CapacityRefreshQueries.ReplaceLinesAsync(connection, cancellationToken);
        await TicketFlowQueries.BuildPercentilesAsync(connection, touchedOnly: true, cancellationToken);
        await ReleaseTailQueries.BuildAsync(connection, "support_effort", cancellationToken);
        Step("effort lines replaced, flow and release tails");

        var fresh = (await CapacityComputationQueries.TeamWeeksAsync<CapacityCalculator.TeamWeekRow>(
                connection, "cap_touched_effort", touchedOnly: true, team: null, options.BuddyShare, cancellationToken))
            .Select(r => r.ToTeamWeek()).ToList();
        var replaced = fresh.Where(w => !w.Forecast).Select(w => (w.Team, w.WeekStart)).ToHashSet();
        var history = (await CapacityRefreshQueries.HistoryAsync(connection, cancellationToken))
            .Where(w => !replaced.Contains((w.Team, w.WeekStart))).Select(FromStored);
        var weeks = history.Concat(fresh).OrderBy(w => w.Team, StringComparer.Ordinal).ThenBy(w => w.WeekStart).ToList();
        var tails = await CapacityComputationQueries.ReleaseTailsAsync<ReleaseTail>(connection, cancellationToken);
        var (forecasted, _) = CapacityCalculator.Forecast(weeks, tails, options, await CapacityCalculator.DataStartAsync(connection, cancellationToken));
        var written = forecasted.Where(w => w.Forecast || replaced.Contains((w.Team, w.WeekStart))).ToList();

        await CapacityRefreshQueries.ClearTouchedAsync(connection, cancellationToken);
        CapacityCalculator.AppendWeeks(connection, written, derived, note, now);
        await CapacityRefreshQueries.StampAsync(connection, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Step("stored");
        return new CapacityRefreshOutcome(true, $"{changed} tickets changed since {storedSince:yyyy-MM-dd HH:mm:ss}", changed, touched,
            written.Count(w => w.Forecast), fingerprint, watch.Elapsed.TotalSeconds);
    }

    private static TeamWeek FromStored(StoredTeamWeek w) => new()
    {
        Team = w.Team, WeekStart = w.WeekStart, Week = w.Week, NominalHours = w.NominalHours, RotationHours = w.RotationHours,
        RotationEngineer = w.RotationEngineer, SupportHours = w.SupportHours, AbsorbedHours = w.AbsorbedHours, LeakedHours = w.LeakedHours,
        OverflowHours = w.OverflowHours, UnservedHours = w.UnservedHours, EffectiveHours = w.EffectiveHours,
        TicketsOpened = w.TicketsOpened, TicketsResolved = w.TicketsResolved, Backlog = w.Backlog,
        FirstResponseP50Hours = w.FirstResponseP50Hours, FirstResponseP90Hours = w.FirstResponseP90Hours,
        ResolutionP50Hours = w.ResolutionP50Hours, ResolutionP90Hours = w.ResolutionP90Hours,
        Reopened = w.Reopened, Reassigned = w.Reassigned, Forecast = false,
    };

    // Everything besides the company tables that the stored figures depend on.
    private static string Settings(CapacityOptions options, DateOnly firstWeek, DateOnly lastWeek, EffortModel effort) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{firstWeek:yyyy-MM-dd}|{lastWeek:yyyy-MM-dd}|{options.From:yyyy-MM-dd}|{options.ForecastWeeks}|{options.ForecastHistoryWeeks}|{options.BuddyShare:R}|")
        + JsonSerializer.Serialize(options.Forecasting) + "|" + JsonSerializer.Serialize(effort) + "|";
}
