using DuckDB.NET.Data;
using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.Capacity;

/// <summary>
/// Builds the week-by-week roster of the capacity computation (<see cref="TeamRosterQueries"/>) for a period and says in
/// words where it came from: the team configuration, or teams derived from ticket ownership; the rotation schedule, or
/// engineers taking the rotation in turn.
/// </summary>
public static class TeamRoster
{
    public static async Task<(bool Derived, string Note)> BuildAsync(
        DuckDBConnection connection, CapacityOptions options, DateOnly firstWeek, DateOnly lastWeek, CancellationToken cancellationToken)
    {
        var end = lastWeek.AddDays(7 * (options.ForecastWeeks + 1));
        var (configured, teams, members, fromFile, fileRows) = await TeamRosterQueries.BuildAsync(
            connection, firstWeek, lastWeek, end, options.DerivedMemberMinTickets, options.DerivedWeeklyHours, cancellationToken);
        var rotationNote = fromFile > 0
            ? "who is on support rotation comes from the rotation schedule, and after it ends, whoever has been off rotation longest"
            : fileRows > 0
                ? "the rotation schedule does not cover these weeks, so each week one engineer per team takes the rotation in turn, by name"
                : "there is no rotation schedule, so each week one engineer per team takes the rotation in turn, by name";
        var note = configured
            ? $"{teams} teams and {members} engineers from the team configuration; {rotationNote}."
            : $"No teams.yaml loaded: {teams} teams derived from ticket ownership (team, service owner or product), " +
              $"with {members} members = people assigned at least {options.DerivedMemberMinTickets} of a team's tickets in the period, " +
              $"each counted at {options.DerivedWeeklyHours:0} h a week; {rotationNote}.";
        return (!configured, note);
    }
}
