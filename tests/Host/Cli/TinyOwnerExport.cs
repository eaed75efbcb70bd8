using System.Globalization;
using System.Text.Json;

namespace Reporting.Host.Tests.Cli;

/// <summary>
/// 25 canonical JSON Lines tickets of three owners, each owner with its own words: the oldest 20 train, the newest 5
/// test, and the fourth test ticket belongs to login but reads like billing ("the invoice refund").
/// </summary>
internal static class TinyOwnerExport
{
    public const int Tickets = 25;

    public static async Task<string> WriteAsync(string directory)
    {
        var owners = new[] { "billing", "search", "login" };
        var words = new Dictionary<string, string> { ["billing"] = "invoice refund", ["search"] = "index query", ["login"] = "password token" };
        var rows = Enumerable.Range(0, 20).Select(i => (i, owners[i % 3], words[owners[i % 3]])).ToList();
        rows.AddRange([(20, "billing", "invoice refund"), (21, "search", "index query"), (22, "login", "password token"), (23, "login", "invoice refund"), (24, "search", "index query")]);
        var lines = rows.Select(r => JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["id"] = $"T-{r.Item1}",
            ["created_at"] = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(r.Item1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["subject"] = "the " + r.Item3,
            ["body"] = "",
            ["product"] = "shop",
            ["priority"] = "high",
            ["type"] = "bug",
            ["tags"] = new[] { "from-" + r.Item2 },
            ["service"] = r.Item2,
        }));
        var path = Path.Combine(directory, "tiny.jsonl");
        await File.WriteAllLinesAsync(path, lines);
        return path;
    }
}
