using System.Globalization;
using System.Text.Json.Nodes;
using Reporting.Testing.FakeApis;

namespace Reporting.Bench;

/// <summary>Bench tickets as Jira REST v2 issues (project BENCH, the service as component, the team as a <c>team-</c> label).</summary>
public static class JiraRendering
{
    public const string Project = "BENCH";

    public static string Key(BenchTicket t) => $"{Project}-{t.Number}";

    public static void Load(FakeJira jira, IEnumerable<BenchTicket> tickets)
    {
        foreach (var t in tickets)
        {
            jira.Put(Issue(t));
        }
    }

    public static JsonObject Issue(BenchTicket t) => new()
    {
        ["id"] = (10_000_000 + t.Number).ToString(CultureInfo.InvariantCulture),
        ["key"] = Key(t),
        ["fields"] = new JsonObject
        {
            ["summary"] = t.Subject,
            ["description"] = t.Body,
            ["issuetype"] = new JsonObject { ["id"] = "1", ["name"] = "Bug", ["subtask"] = false },
            ["project"] = new JsonObject { ["id"] = "10001", ["key"] = Project, ["name"] = "Bench" },
            ["components"] = new JsonArray(new JsonObject { ["id"] = "2001", ["name"] = t.Service }),
            ["labels"] = new JsonArray([.. t.Tags.Select(l => (JsonNode?)l), "team-" + t.Team]),
            ["created"] = Time(t.Created),
            ["updated"] = Time(t.Updated),
            ["resolutiondate"] = t.Resolved is { } r ? Time(r) : null,
            ["status"] = new JsonObject { ["id"] = "1", ["name"] = t.Status == "open" ? "Open" : "Resolved" },
            ["priority"] = new JsonObject { ["id"] = "3", ["name"] = t.Priority },
            ["reporter"] = Person(t.Reporter),
            ["assignee"] = Person(t.Assignee),
            ["issuelinks"] = new JsonArray(),
            ["fixVersions"] = new JsonArray(),
            ["versions"] = new JsonArray(),
            ["timespent"] = null,
            ["comment"] = new JsonObject
            {
                ["comments"] = new JsonArray([.. t.Comments.Select(c => (JsonNode?)new JsonObject
                {
                    ["id"] = c.Id.ToString(CultureInfo.InvariantCulture),
                    ["author"] = Person(c.Author),
                    ["body"] = c.Body,
                    ["created"] = Time(c.At),
                    ["updated"] = Time(c.At),
                })]),
                ["maxResults"] = t.Comments.Count,
                ["total"] = t.Comments.Count,
                ["startAt"] = 0,
            },
        },
    };

    private static JsonObject Person(string name) => new() { ["name"] = name, ["key"] = name, ["displayName"] = name, ["active"] = true, ["timeZone"] = "Etc/UTC" };

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture);
}
