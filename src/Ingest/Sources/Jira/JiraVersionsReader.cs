using System.Globalization;
using System.Text.Json;
using Reporting.Ingest.Sources.Http;
using Reporting.Warehouse.Queries;
using static Reporting.Ingest.Sources.JsonFields;

namespace Reporting.Ingest.Sources.Jira;

/// <summary>
/// The versions of Jira projects with their release dates, <c>GET /rest/api/{2|3}/project/{key}/versions</c>: an array of
/// <c>{name, releaseDate: "yyyy-MM-dd", released, archived}</c>. Released and planned versions both count (a planned one is an
/// upcoming release); a version without a date is left out, and so is a project the user cannot see (404).
/// </summary>
public sealed class JiraVersionsReader(SourceHttpClient http, string apiVersion)
{
    public async Task<IReadOnlyList<TrackerRelease>> ReadAsync(IEnumerable<string> projects, CancellationToken cancellationToken)
    {
        var releases = new List<TrackerRelease>();
        foreach (var project in projects)
        {
            using var page = await http.GetJsonOrNullAsync($"rest/api/{apiVersion}/project/{Uri.EscapeDataString(project)}/versions", cancellationToken);
            if (page is null)
            {
                continue;
            }

            if (page.Root.ValueKind != JsonValueKind.Array)
            {
                throw http.MalformedPage(page, $"expected a JSON array of versions, found {page.Root.ValueKind}");
            }

            foreach (var version in page.Root.EnumerateArray())
            {
                var name = version.ValueKind == JsonValueKind.Object ? Text(version, "name") : null;
                var date = name is null ? null : Text(version, "releaseDate");
                if (date is null)
                {
                    continue;
                }

                if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    throw http.MalformedPage(page, $"version '{name}' of {project}: releaseDate '{date}' is not a date like 2026-05-25");
                }

                releases.Add(new TrackerRelease(project, name!, day));
            }
        }

        return releases;
    }
}
