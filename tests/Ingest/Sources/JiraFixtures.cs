using System.Text.Json;
using System.Text.Json.Nodes;
using Reporting.Ingest.Jira;
using Reporting.Ingest.Tickets;
using Reporting.Testing;

namespace Reporting.Ingest.Tests.Sources;

/// <summary>Eight real Apache Jira issues in REST v2 shape (four from tests/Ingest/Fixtures, four from the fake API fixtures).</summary>
internal static class JiraFixtures
{
    public static IEnumerable<string> Paths =>
        [Fixture.Path("jira-issues.jsonl"), Path.Combine(AppContext.BaseDirectory, "FakeApis", "Fixtures", "jira-more-issues.jsonl")];

    public static List<JsonObject> Issues() =>
        Paths.SelectMany(File.ReadLines).Where(l => l.Length > 0).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();

    /// <summary>What the existing v2 mapper makes of the same issue: the expected ticket.</summary>
    public static TicketRecord MapV2(JsonObject issue, string source)
    {
        using var document = JsonDocument.Parse(issue.ToJsonString());
        return JiraIssueMapper.Map(document.RootElement, source);
    }

    public static string DisplayName(JsonObject issue, string field) => issue["fields"]![field]!["displayName"]!.GetValue<string>();

    public static string Project(JsonObject issue) => issue["fields"]!["project"]!["key"]!.GetValue<string>();
}
