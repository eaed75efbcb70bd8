using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>
/// Writes the company's configuration (teams, rotation, releases, absences) as the company loader replaces it: by
/// deleting what a file replaces and appending its rows. The caller holds the transaction and decides what is replaced.
/// </summary>
public static class CompanyConfigurationQueries
{
    /// <summary>Replaces <c>teams</c>, <c>team_members</c> and <c>services</c> as a whole with <paramref name="teams"/>.</summary>
    public static async Task ReplaceTeamsAsync(DuckDBConnection connection, IEnumerable<ConfiguredTeam> teams, CancellationToken cancellationToken)
    {
        await connection.RunAsync("DELETE FROM teams; DELETE FROM team_members; DELETE FROM services;", cancellationToken: cancellationToken);
        using (var teamRows = connection.CreateAppender("teams"))
        using (var members = connection.CreateAppender("team_members"))
        using (var services = connection.CreateAppender("services"))
        {
            foreach (var team in teams)
            {
                teamRows.CreateRow().AppendValue(team.Name).AppendValue(team.PmName)
                    .AppendValue(team.PmEmail).AppendValue(team.PmTimeZone).EndRow();
                foreach (var (engineer, weeklyHours) in team.Members)
                {
                    members.CreateRow().AppendValue(team.Name).AppendValue(engineer).AppendValue(weeklyHours).EndRow();
                }

                foreach (var service in team.Services)
                {
                    services.CreateRow().AppendValue(service).AppendValue(team.Name).EndRow();
                }
            }
        }
    }

    /// <summary>Deletes one team's rotation.</summary>
    public static Task DeleteRotationAsync(DuckDBConnection connection, string team, CancellationToken cancellationToken) =>
        connection.RunAsync("DELETE FROM rotation WHERE team = $team", new { team }, cancellationToken);

    /// <summary>Appends rotation weeks without a buddy.</summary>
    public static void AppendRotation(DuckDBConnection connection, IEnumerable<RotationWeek> weeks)
    {
        using var appender = connection.CreateAppender("rotation");
        foreach (var week in weeks)
        {
            appender.CreateRow().AppendValue(week.WeekStart).AppendValue(week.Team).AppendValue(week.Engineer).AppendNullValue().EndRow();
        }
    }

    /// <summary>Deletes the releases loaded from a file (those pulled from a tracker have a source).</summary>
    public static Task DeleteFileReleasesAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.RunAsync("DELETE FROM releases WHERE source IS NULL", cancellationToken: cancellationToken);

    /// <summary>Whether there are any releases.</summary>
    public static async Task<bool> HasReleasesAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        await connection.ScalarAsync<long>("SELECT count(*) FROM releases", cancellationToken: cancellationToken) > 0;

    /// <summary>Deletes one release of a service.</summary>
    public static Task DeleteReleaseAsync(DuckDBConnection connection, string service, string version, CancellationToken cancellationToken) =>
        connection.RunAsync("DELETE FROM releases WHERE service = $service AND version = $version",
            new { service, version }, cancellationToken);

    /// <summary>Deletes every row of one company table; <paramref name="table"/> is the caller's own name for it, never input.</summary>
    public static Task DeleteAllAsync(DuckDBConnection connection, string table, CancellationToken cancellationToken) =>
        connection.RunAsync($"DELETE FROM {table}", cancellationToken: cancellationToken);

    /// <summary>Appends rows of plain values (text, dates, nulls) in the table's column order.</summary>
    public static void AppendRows(DuckDBConnection connection, string table, IEnumerable<object?[]> rows)
    {
        using var appender = connection.CreateAppender(table);
        foreach (var values in rows)
        {
            var row = appender.CreateRow();
            foreach (var value in values)
            {
                _ = value switch
                {
                    string s => row.AppendValue(s),
                    DateOnly d => row.AppendValue(d),
                    null => row.AppendNullValue(),
                    _ => throw new InvalidOperationException($"unexpected {value.GetType()}"),
                };
            }

            row.EndRow();
        }
    }
}
