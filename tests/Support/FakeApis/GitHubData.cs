using System.Globalization;
using System.Text.Json.Nodes;

namespace Reporting.Testing.FakeApis;

/// <summary>GitHub issues, pull requests and comments in their documented JSON shape.</summary>
public static class GitHubData
{
    public static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static JsonObject Issue(
        string repository, long number, DateTime created, DateTime updated, string title, string? body = null, string author = "octocat",
        string? assignee = null, IEnumerable<string>? labels = null, DateTime? closed = null, int comments = 0, bool pullRequest = false)
    {
        var url = $"https://api.github.com/repos/{repository}/issues/{number}";
        var issue = new JsonObject
        {
            ["url"] = url,
            ["repository_url"] = $"https://api.github.com/repos/{repository}",
            ["comments_url"] = url + "/comments",
            ["html_url"] = $"https://github.com/{repository}/{(pullRequest ? "pull" : "issues")}/{number}",
            ["id"] = 1_000_000 + number,
            ["node_id"] = "I_kwDOA" + number.ToString(CultureInfo.InvariantCulture),
            ["number"] = number,
            ["title"] = title,
            ["user"] = User(author),
            ["labels"] = new JsonArray((labels ?? []).Select((l, i) => (JsonNode?)new JsonObject
            {
                ["id"] = 208045946 + i, ["node_id"] = "MDU6TGFiZWwyMDgwNDU5NDY=", ["name"] = l, ["color"] = "f29513", ["default"] = false,
            }).ToArray()),
            ["state"] = closed is null ? "open" : "closed",
            ["state_reason"] = closed is null ? null : "completed",
            ["locked"] = false,
            ["assignee"] = assignee is null ? null : User(assignee),
            ["assignees"] = new JsonArray(assignee is null ? [] : [User(assignee)]),
            ["milestone"] = null,
            ["comments"] = comments,
            ["created_at"] = Iso(created),
            ["updated_at"] = Iso(updated),
            ["closed_at"] = closed is { } c ? Iso(c) : null,
            ["author_association"] = "CONTRIBUTOR",
            ["body"] = body,
        };
        if (pullRequest)
        {
            issue["pull_request"] = new JsonObject
            {
                ["url"] = $"https://api.github.com/repos/{repository}/pulls/{number}",
                ["html_url"] = $"https://github.com/{repository}/pull/{number}",
                ["diff_url"] = $"https://github.com/{repository}/pull/{number}.diff",
                ["patch_url"] = $"https://github.com/{repository}/pull/{number}.patch",
                ["merged_at"] = null,
            };
        }

        return issue;
    }

    public static JsonObject Comment(long id, string author, string body, DateTime created) => new()
    {
        ["id"] = id,
        ["node_id"] = "IC_kwDOA" + id.ToString(CultureInfo.InvariantCulture),
        ["user"] = User(author),
        ["created_at"] = Iso(created),
        ["updated_at"] = Iso(created),
        ["author_association"] = "MEMBER",
        ["body"] = body,
    };

    private static JsonObject User(string login) => new()
    {
        ["login"] = login,
        ["id"] = Math.Abs(login.GetHashCode(StringComparison.Ordinal)) % 10_000_000,
        ["type"] = "User",
        ["site_admin"] = false,
    };

    /// <summary>A release as <c>GET /repos/{owner}/{repo}/releases</c> lists it; a draft has no <c>published_at</c>.</summary>
    public static JsonObject Release(string repository, long id, string tag, DateTime created, DateTime? published, bool prerelease = false) => new()
    {
        ["url"] = $"https://api.github.com/repos/{repository}/releases/{id}",
        ["html_url"] = $"https://github.com/{repository}/releases/tag/{tag}",
        ["id"] = id,
        ["node_id"] = "RE_kwDOA" + id.ToString(CultureInfo.InvariantCulture),
        ["tag_name"] = tag,
        ["target_commitish"] = "main",
        ["name"] = tag,
        ["body"] = $"Release {tag}",
        ["draft"] = published is null,
        ["prerelease"] = prerelease,
        ["created_at"] = Iso(created),
        ["published_at"] = published is { } p ? Iso(p) : null,
        ["author"] = User("release-bot"),
        ["assets"] = new JsonArray(),
    };
}
