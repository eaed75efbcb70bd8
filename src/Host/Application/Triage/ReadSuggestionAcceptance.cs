using DuckDB.NET.Data;
using Reporting.Analytics.Owners;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Triage;

/// <summary>
/// How often triagers took the suggested owner, from their decisions, for a checked period of decision days and one
/// team or all. Left open, the period ends today (decisions are stamped by the clock, not by the tickets' data) and
/// starts twelve weeks before, as every <see cref="ReportingPeriod"/> does; a named team must be one a decision can
/// count for.
/// </summary>
public sealed class ReadSuggestionAcceptance(TimeProvider time)
{
    /// <summary>The longest team name accepted; no configured team comes near it.</summary>
    public const int MaxTeamLength = 200;

    public async Task<SuggestionAcceptance> RunAsync(
        DuckDBConnection connection, DateOnly? from, DateOnly? to, string? team, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var period = await ReportingPeriod.ResolveAsync(connection, from, to ?? (from > today ? from : today), cancellationToken);
        if (team is not null)
        {
            if (team.Length > MaxTeamLength)
            {
                throw new InvalidRequestException("team", $"team is {team.Length} characters long; a team name has at most {MaxTeamLength}.");
            }

            var teams = await SuggestionAcceptanceQueries.TeamsAsync(connection, cancellationToken);
            if (!teams.Contains(team, StringComparer.Ordinal))
            {
                throw new InvalidRequestException("team", $"'{team}' is not a known team; teams are {string.Join(", ", teams)}.");
            }
        }

        return await SuggestionAcceptance.LoadAsync(connection, period.From, period.To, team, cancellationToken);
    }

    /// <summary>The teams a caller may name, for a filter to offer.</summary>
    public Task<IReadOnlyList<string>> TeamsAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        SuggestionAcceptanceQueries.TeamsAsync(connection, cancellationToken);
}
