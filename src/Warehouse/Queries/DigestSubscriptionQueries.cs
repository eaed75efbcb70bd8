using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>Who gets a weekly digest: each team's product manager with an e-mail address.</summary>
public static class DigestSubscriptionQueries
{
    /// <summary>Team, PM name (the address when unnamed), address and time zone (UTC when unset), by address then team.</summary>
    public static Task<IReadOnlyList<(string Team, string Name, string Email, string TimeZone)>> ProductManagersAsync(
        DuckDBConnection connection, CancellationToken cancellationToken) =>
        connection.ListAsync<(string Team, string Name, string Email, string TimeZone)>(
            """
            SELECT team, coalesce(pm_name, pm_email), pm_email, coalesce(pm_time_zone, 'UTC')
            FROM teams WHERE pm_email IS NOT NULL AND pm_email <> '' ORDER BY lower(pm_email), team
            """, cancellationToken: cancellationToken);
}
