using System.Text.Json;
using Reporting.Ingest.Files;
using Reporting.Ingest.Sources.Http;
using Reporting.Warehouse.Queries;
using static Reporting.Ingest.Sources.JsonFields;

namespace Reporting.Ingest.Sources.GitHub;

/// <summary>
/// A repository's releases, <c>GET /repos/{owner}/{repo}/releases</c> paged by the <c>Link</c> header: each published release
/// is its <c>tag_name</c> on the UTC day of <c>published_at</c>. Drafts (no <c>published_at</c>) are left out.
/// </summary>
public sealed class GitHubReleasesReader(SourceHttpClient http, string name)
{
    /// <param name="scope">The product the repository's tickets carry, which the releases ship.</param>
    public async Task<IReadOnlyList<TrackerRelease>> ReadAsync(string repository, string scope, CancellationToken cancellationToken)
    {
        var releases = new List<TrackerRelease>();
        var guard = new PagingGuard(name, "next releases link");
        var url = $"repos/{repository}/releases?per_page=100";
        while (true)
        {
            using var page = await http.GetJsonAsync(url, cancellationToken);
            if (page.Root.ValueKind != JsonValueKind.Array)
            {
                throw http.MalformedPage(page, $"expected a JSON array of releases, found {page.Root.ValueKind}");
            }

            foreach (var release in page.Root.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object))
            {
                try
                {
                    if (Text(release, "tag_name") is { } tag && Timestamp(release, "published_at") is { } published
                        && !(release.TryGetProperty("draft", out var draft) && draft.ValueKind == JsonValueKind.True))
                    {
                        releases.Add(new TrackerRelease(scope, tag, DateOnly.FromDateTime(published)));
                    }
                }
                catch (RecordFormatException ex)
                {
                    throw http.MalformedPage(page, $"release {Text(release, "tag_name")}: {ex.Message}");
                }
            }

            if (LinkHeader.Find(page.Headers, "next") is not { } next)
            {
                return releases;
            }

            guard.Visit(next.ToString());
            url = next.ToString();
        }
    }
}
