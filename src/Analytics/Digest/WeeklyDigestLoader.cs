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

        var bounced = (await WeeklyDigestQueries.BouncedAsync(connection, week.StartUtc, week.AddWeeks(1).StartUtc, teamList, cancellationToken))
            .Select(r => new BouncedTicket(r.TicketId, r.Subject, r.FromTeam, r.ToTeam, r.At)).ToList();

        var all = await WeeklyDigestQueries.TeamsAsync(connection, cancellationToken);
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
        var median = await WeeklyDigestQueries.MedianResolutionHoursAsync(connection, week.StartUtc, week.AddWeeks(1).StartUtc, teamList, cancellationToken);
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
        var rows = await WeeklyDigestQueries.RecurringGroupsAsync(connection, week.StartUtc, week.AddWeeks(1).StartUtc, week.AddWeeks(-1).StartUtc,
            week.AddWeeks(-3).StartUtc, week.AddWeeks(-7).StartUtc, teamList, cancellationToken);
        if (rows is null)
        {
            return null;
        }

        return rows.Select(r => new RecurringGroupLine(r.GroupId, r.Label, r.State, r.Team, r.ThisWeek, r.LastWeek, r.Tickets, r.Customers,
            (r.Examples ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3).ToList())
        {
            RecentTickets = r.Recent,
            PreviousTickets = r.Previous,
        }).ToList();
    }

    private async Task<IReadOnlyList<WeeklyTimes>> TimesAsync(string teamList, IsoWeek week, CancellationToken cancellationToken) =>
        (await WeeklyDigestQueries.TimesAsync(connection, week.AddWeeks(-(HistoryWeeks - 1)).StartUtc, week.AddWeeks(1).StartUtc, teamList, cancellationToken))
        .Select(r => new WeeklyTimes(r.WeekStart, r.FirstResponseP50, r.FirstResponseP90, r.ResolutionP50, r.ResolutionP90)).ToList();
}
