using DuckDB.NET.Data;

namespace Reporting.Warehouse.Queries;

/// <summary>Releases read from a tracker (Jira project versions, GitHub releases), stored against the services they ship.</summary>
public static class ReleaseQueries
{
    /// <summary>
    /// Replaces the releases pulled from <paramref name="source"/>. A release of a scope (a Jira project, a GitHub repository:
    /// the tickets' product) ships the services of that product's tickets fixed in it (Jira fix versions), else every service
    /// of the product, else the product itself. A release releases.csv also names keeps the file's date. Returns the rows written.
    /// </summary>
    public static async Task<int> ReplacePulledAsync(
        DuckDBConnection connection, string source, IReadOnlyList<TrackerRelease> releases, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.RunAsync("DELETE FROM releases WHERE source = $source", new { source }, cancellationToken);
        var written = 0;
        foreach (var release in releases)
        {
            written += await connection.RunAsync(
                """
                INSERT OR IGNORE INTO releases (service, version, released_on, source)
                WITH shipped AS (
                    SELECT service, bool_or(list_contains(fix_versions, $version)) AS fixed
                    FROM tickets
                    WHERE source = $source AND product = $scope AND service IS NOT NULL AND NOT deleted
                    GROUP BY service
                )
                SELECT service, $version, CAST($releasedOn AS DATE), $source FROM shipped
                WHERE fixed OR NOT EXISTS (SELECT 1 FROM shipped WHERE fixed)
                UNION ALL
                SELECT $scope, $version, CAST($releasedOn AS DATE), $source WHERE NOT EXISTS (SELECT 1 FROM shipped)
                """,
                new { source, scope = release.Scope, version = release.Version, releasedOn = release.ReleasedOn.ToDateTime(TimeOnly.MinValue) }, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    /// <summary>The products (Jira projects) of a source's tickets: whose versions to read when the source names no projects.</summary>
    public static Task<IReadOnlyList<string>> ProductsAsync(DuckDBConnection connection, string source, CancellationToken cancellationToken) =>
        connection.ListAsync<string>(
            "SELECT DISTINCT product FROM tickets WHERE source = $source AND product IS NOT NULL ORDER BY product", new { source }, cancellationToken);
}

/// <summary>A version a tracker released (or plans to) on a day, for a scope: a Jira project key or a GitHub repository.</summary>
public sealed record TrackerRelease(string Scope, string Version, DateOnly ReleasedOn);
