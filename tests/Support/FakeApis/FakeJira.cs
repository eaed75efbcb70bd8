using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Reporting.Ingest.Tickets;

namespace Reporting.Testing.FakeApis;

/// <summary>
/// Jira as documented, serving real issue objects (REST v2 shape, e.g. from the Apache fixture):
/// <list type="bullet">
/// <item>Cloud: <c>GET /rest/api/3/search/jql</c> with <c>jql</c>, <c>fields</c>, <c>maxResults</c>, <c>nextPageToken</c>;
/// answers <c>{issues, nextPageToken, isLast}</c> with no total, refuses unbounded JQL, and turns descriptions and
/// comment bodies into Atlassian Document Format and people into Cloud users (accountId, displayName, no name).</item>
/// <item>Server/Data Center: <c>GET /rest/api/2/search</c> with <c>startAt</c>/<c>maxResults</c>, answering <c>total</c>.</item>
/// <item>Both: <c>/rest/api/{2|3}/issue/{key}/comment</c>, since search results may carry only the first
/// <see cref="CommentsInSearch"/> comments.</item>
/// <item>Both: <c>/rest/api/{2|3}/project/{key}/versions</c>, every version of a project as one array of
/// <c>{self, id, name, archived, released, releaseDate, userReleaseDate, projectId}</c>; 404 for a project it does not have.</item>
/// </list>
/// The JQL understood is what the connector sends: <c>project in (…)</c>, <c>updated &gt;= "yyyy-MM-dd HH:mm"</c>
/// (UTC), ordered by updated then id.
/// </summary>
public sealed partial class FakeJira : IAsyncDisposable
{
    private readonly UpdatedOrderedStore _issues = new();
    private readonly Dictionary<long, string> _projects = [];
    private readonly Dictionary<string, List<string>> _comments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _versions = new(StringComparer.Ordinal);
    private readonly Lock _queryGate = new();
    private (string Jql, long Version, List<StoredItem> Items) _queryCache = ("", -1, []);

    private FakeJira(FakeApiHost host, JiraMode mode)
    {
        Host = host;
        Mode = mode;
    }

    public FakeApiHost Host { get; }

    public Uri BaseUrl => Host.BaseUrl;

    public JiraMode Mode { get; }

    /// <summary>Comments a search result carries per issue (the rest via the comment endpoint). Set before putting issues.</summary>
    public int CommentsInSearch { get; set; } = int.MaxValue;

    /// <summary>A broken server: answers every page with the same <c>nextPageToken</c> (Cloud) or <c>startAt</c> 0 (Server).</summary>
    public bool RepeatsPage { get; set; }

    public string SearchPath => Mode == JiraMode.Cloud ? "/rest/api/3/search/jql" : "/rest/api/2/search";

    public static async Task<FakeJira> StartAsync(JiraMode mode)
    {
        FakeJira? fake = null;
        var host = await FakeApiHost.StartAsync(app =>
        {
            app.MapGet(mode == JiraMode.Cloud ? "/rest/api/3/search/jql" : "/rest/api/2/search", (HttpContext c) => fake!.SearchAsync(c));
            app.MapGet("/rest/api/{version}/issue/{key}/comment", (HttpContext c, string key) => fake!.CommentsAsync(c, key));
            app.MapGet("/rest/api/{version}/project/{key}/versions", (HttpContext c, string key) => fake!.VersionsAsync(c, key));
        });
        fake = new FakeJira(host, mode);
        return fake;
    }

    /// <summary>Adds or replaces an issue given in REST v2 shape; Cloud mode converts it on the way in.</summary>
    public void Put(JsonObject v2Issue)
    {
        var issue = (JsonObject)v2Issue.DeepClone();
        var key = issue["key"]!.GetValue<string>();
        var id = long.Parse(issue["id"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var fields = issue["fields"]!.AsObject();
        var updated = TimestampParser.ParseUtc(fields["updated"]!.GetValue<string>());
        if (Mode == JiraMode.Cloud)
        {
            ToCloud(issue);
        }

        var comments = fields["comment"]?["comments"]?.AsArray().Select(c => c!.ToJsonString()).ToList() ?? [];
        if (comments.Count > CommentsInSearch)
        {
            fields["comment"] = new JsonObject
            {
                ["comments"] = new JsonArray(comments.Take(CommentsInSearch).Select(c => JsonNode.Parse(c)).ToArray()),
                ["maxResults"] = CommentsInSearch,
                ["total"] = comments.Count,
                ["startAt"] = 0,
            };
        }

        lock (_comments)
        {
            _comments[key] = comments;
            _projects[id] = key[..key.LastIndexOf('-')];
        }

        _issues.Put(id, updated, issue.ToJsonString());
    }

    /// <summary>Adds a version to a project, as Jira documents it; <paramref name="releaseDate"/> null is a version without a date.</summary>
    public void PutVersion(string project, string name, string? releaseDate, bool released)
    {
        lock (_comments)
        {
            var versions = _versions.TryGetValue(project, out var list) ? list : _versions[project] = [];
            var id = 10_000 + _versions.Values.Sum(v => v.Count);
            var version = new JsonObject
            {
                ["self"] = $"{BaseUrl}rest/api/2/version/{id}",
                ["id"] = id.ToString(CultureInfo.InvariantCulture),
                ["description"] = $"{project} {name}",
                ["name"] = name,
                ["archived"] = false,
                ["released"] = released,
            };
            if (releaseDate is not null)
            {
                version["releaseDate"] = releaseDate;
                version["userReleaseDate"] = DateOnly.ParseExact(releaseDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d/MMM/yy", CultureInfo.InvariantCulture);
            }

            version["projectId"] = 10_000 + project.Length;
            versions.Add(version.ToJsonString());
        }
    }

    /// <summary>Puts every issue of a JSON Lines file (one v2 issue per line).</summary>
    public void PutAll(string jsonLinesPath)
    {
        foreach (var line in File.ReadLines(jsonLinesPath).Where(l => l.Length > 0))
        {
            Put(JsonNode.Parse(line)!.AsObject());
        }
    }

    private async Task SearchAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var jql = (string?)query["jql"] ?? "";
        var projects = ProjectClause().Match(jql) is { Success: true } p
            ? p.Groups["keys"].Value.Split(',').Select(k => k.Trim().Trim('"')).ToHashSet(StringComparer.Ordinal)
            : null;
        DateTime? from = UpdatedClause().Match(jql) is { Success: true } u
            ? DateTime.ParseExact(u.Groups["at"].Value, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal)
            : null;
        if (Mode == JiraMode.Cloud && projects is null && from is null)
        {
            await JsonResponse.ErrorAsync(context, 400, "Unbounded JQL queries are not allowed here. Please add a search restriction to your query.");
            return;
        }

        var max = int.TryParse(query["maxResults"], out var m) ? Math.Clamp(m, 1, Mode == JiraMode.Cloud ? 5000 : 1000) : 50;
        var matching = Matching(jql, i => (from is null || i.Updated >= from) && (projects is null || projects.Contains(Project(i.Id))));
        if (Mode == JiraMode.Server)
        {
            var startAt = RepeatsPage ? 0 : int.TryParse(query["startAt"], out var s) ? Math.Max(0, s) : 0;
            var page = matching.Skip(startAt).Take(max).Select(i => Expanded(i.Json, query)).ToList();
            await JsonResponse.WriteAsync(context, w =>
            {
                w.WriteStartObject();
                w.WriteString("expand", "schema,names");
                w.WriteNumber("startAt", startAt);
                w.WriteNumber("maxResults", max);
                w.WriteNumber("total", matching.Count);
                JsonResponse.WriteItems(w, "issues", page);
                w.WriteEndObject();
            });
            return;
        }

        var offset = 0;
        if ((string?)query["nextPageToken"] is { } token && !TryReadToken(token, jql, out offset))
        {
            await JsonResponse.ErrorAsync(context, 400, "The provided next page token is invalid or expired.");
            return;
        }

        var issues = matching.Skip(offset).Take(max).Select(i => Expanded(i.Json, query)).ToList();
        var isLast = offset + issues.Count >= matching.Count && !RepeatsPage;
        await JsonResponse.WriteAsync(context, w =>
        {
            w.WriteStartObject();
            JsonResponse.WriteItems(w, "issues", issues);
            if (!isLast)
            {
                w.WriteString("nextPageToken", Token(RepeatsPage ? max : offset + issues.Count, jql));
            }

            w.WriteBoolean("isLast", isLast);
            w.WriteEndObject();
        });
    }

    /// <summary>Like Jira, an issue's <c>changelog</c> is sent only when the search asks for it with <c>expand=changelog</c>.</summary>
    private static string Expanded(string json, IQueryCollection query)
    {
        if (!json.Contains("\"changelog\"", StringComparison.Ordinal)
            || ((string?)query["expand"] ?? "").Split(',').Contains("changelog", StringComparer.Ordinal))
        {
            return json;
        }

        var issue = JsonNode.Parse(json)!.AsObject();
        issue.Remove("changelog");
        return issue.ToJsonString();
    }

    private async Task CommentsAsync(HttpContext context, string key)
    {
        List<string>? all;
        lock (_comments)
        {
            all = _comments.GetValueOrDefault(key)?.ToList();
        }

        if (all is null)
        {
            await JsonResponse.ErrorAsync(context, 404, "Issue does not exist or you do not have permission to see it.");
            return;
        }

        var startAt = int.TryParse(context.Request.Query["startAt"], out var s) ? Math.Max(0, s) : 0;
        var max = int.TryParse(context.Request.Query["maxResults"], out var m) ? Math.Clamp(m, 1, 100) : 50;
        var page = all.Skip(startAt).Take(max).ToList();
        await JsonResponse.WriteAsync(context, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("startAt", startAt);
            w.WriteNumber("maxResults", max);
            w.WriteNumber("total", all.Count);
            JsonResponse.WriteItems(w, "comments", page);
            w.WriteEndObject();
        });
    }

    private async Task VersionsAsync(HttpContext context, string project)
    {
        List<string>? versions;
        lock (_comments)
        {
            versions = _versions.TryGetValue(project, out var list) ? list.ToList() : _projects.ContainsValue(project) ? [] : null;
        }

        if (versions is null)
        {
            await JsonResponse.ErrorAsync(context, 404, $"No project could be found with key '{project}'.");
            return;
        }

        await JsonResponse.WriteAsync(context, w =>
        {
            w.WriteStartArray();
            foreach (var version in versions)
            {
                w.WriteRawValue(version);
            }

            w.WriteEndArray();
        });
    }

    /// <summary>
    /// The issues a query matches, computed once per query and store version: paging a large result set
    /// must not rescan the whole store for every page (the benchmark pages through 100,000 issues).
    /// </summary>
    private List<StoredItem> Matching(string jql, Func<StoredItem, bool> filter)
    {
        lock (_queryGate)
        {
            if (_queryCache.Jql == jql && _queryCache.Version == _issues.Version)
            {
                return _queryCache.Items;
            }
        }

        var items = _issues.Where(filter, out var version);
        lock (_queryGate)
        {
            _queryCache = (jql, version, items);
        }

        return items;
    }

    private string Project(long id)
    {
        lock (_comments)
        {
            return _projects[id];
        }
    }

    private static string Token(int offset, string jql) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{offset}|{jql.GetHashCode(StringComparison.Ordinal)}")));

    private static bool TryReadToken(string token, string jql, out int offset)
    {
        offset = 0;
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(token)).Split('|');
            return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out offset)
                   && parts[1] == jql.GetHashCode(StringComparison.Ordinal).ToString(CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Cloud has ADF text and GDPR-era users: accountId and displayName, no username.</summary>
    private static void ToCloud(JsonObject issue)
    {
        var fields = issue["fields"]!.AsObject();
        if (fields["description"] is JsonValue description && description.TryGetValue<string>(out var text))
        {
            fields["description"] = AtlassianDocument.FromText(text);
        }

        foreach (var comment in fields["comment"]?["comments"]?.AsArray() ?? [])
        {
            if (comment!["body"] is JsonValue body && body.TryGetValue<string>(out var bodyText))
            {
                comment["body"] = AtlassianDocument.FromText(bodyText);
            }
        }

        ToCloudUsers(issue);
    }

    private static void ToCloudUsers(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                if (o.ContainsKey("displayName") && o["name"] is JsonValue name && name.TryGetValue<string>(out var username))
                {
                    o.Remove("name");
                    o.Remove("key");
                    o["accountId"] = "5b10a2844c20165700ede21g-" + username;
                }

                foreach (var child in o.Select(kv => kv.Value).ToList())
                {
                    ToCloudUsers(child);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    ToCloudUsers(child);
                }

                break;
        }
    }

    [GeneratedRegex("""project\s+in\s*\((?<keys>[^)]*)\)""", RegexOptions.IgnoreCase)]
    private static partial Regex ProjectClause();

    [GeneratedRegex(""""updated\s*>=\s*"(?<at>[^"]+)"""", RegexOptions.IgnoreCase)]
    private static partial Regex UpdatedClause();

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
