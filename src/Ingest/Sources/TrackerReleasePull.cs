using DuckDB.NET.Data;
using Reporting.Ingest.Sources.GitHub;
using Reporting.Ingest.Sources.Http;
using Reporting.Ingest.Sources.Jira;
using Reporting.Warehouse.Queries;

namespace Reporting.Ingest.Sources;

/// <summary>
/// After a Jira or GitHub pull, its releases: the projects' versions or the repository's releases replace the releases
/// pulled from that source before (releases.csv's stay). Read after the tickets, whose services say what a release ships.
/// </summary>
public static class TrackerReleasePull
{
    /// <returns>The release rows written, or null when the source has no releases or they are switched off.</returns>
    public static async Task<int?> RunAsync(
        DuckDBConnection connection, string name, SourceOptions options, SourceHttpClient http, CancellationToken cancellationToken)
    {
        if (!options.Releases)
        {
            return null;
        }

        IReadOnlyList<TrackerRelease>? releases = options.Kind switch
        {
            SourceKinds.JiraCloud or SourceKinds.JiraServer => await new JiraVersionsReader(http, options.Kind == SourceKinds.JiraCloud ? "3" : "2")
                .ReadAsync(options.Projects.Count > 0 ? options.Projects : await ReleaseQueries.ProductsAsync(connection, name, cancellationToken), cancellationToken),
            SourceKinds.GitHub => await new GitHubReleasesReader(http, name)
                .ReadAsync(options.Repository!, options.Fields.Product ?? options.Repository!, cancellationToken),
            _ => null,
        };
        return releases is null ? null : await ReleaseQueries.ReplacePulledAsync(connection, name, releases, cancellationToken);
    }
}
