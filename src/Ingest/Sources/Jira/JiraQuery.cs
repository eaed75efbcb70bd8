using System.Globalization;

namespace Reporting.Ingest.Sources.Jira;

/// <summary>
/// The bounded JQL a pull runs: <c>project in (…) AND updated &gt;= "yyyy-MM-dd HH:mm" ORDER BY updated ASC, key ASC</c>.
/// JQL reads dates to the minute in the API user's time zone, so the UTC start is converted and rounded
/// down; the overlap and the upsert absorb what is read twice.
/// </summary>
public static class JiraQuery
{
    /// <summary>What the connector reads of an issue; everything <see cref="Reporting.Ingest.Jira.JiraIssueMapper"/> maps.</summary>
    public const string Fields =
        "summary,description,components,created,updated,resolutiondate,status,priority,assignee,reporter,labels,issuelinks,comment,fixVersions,versions,issuetype,project,timespent";

    public static string Jql(IReadOnlyList<string> projects, DateTime? fromUtc, TimeZoneInfo zone)
    {
        var clauses = new List<string>();
        if (projects.Count > 0)
        {
            clauses.Add($"project in ({string.Join(", ", projects.Select(Quote))})");
        }

        if (fromUtc is { } from)
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(from, DateTimeKind.Utc), zone);
            clauses.Add($"updated >= \"{local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}\"");
        }

        return (clauses.Count > 0 ? string.Join(" AND ", clauses) + " " : "") + "ORDER BY updated ASC, key ASC";
    }

    private static string Quote(string key) => "\"" + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
