using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Reporting.Ingest.Files;
using Reporting.Ingest.Tickets;

namespace Reporting.Ingest.Presets;

/// <summary>
/// GitHub issues saved as a JSON array: a REST page (<c>GET /repos/{owner}/{repo}/issues</c>: number, title, body,
/// state, created_at, closed_at, labels, assignee, user, ...) or <c>gh issue list --json
/// number,title,body,state,createdAt,closedAt,labels,assignees,author,comments,url</c>. The number is the id, labels
/// are tags, the repository is the product, the milestone a fix version; gh's comments become events, and the first
/// by someone other than the author is the first response. Pull requests (REST lists them too) are rejected.
/// </summary>
public static class GitHubIssuesJson
{
    public static bool LooksLikeIssues(IReadOnlyCollection<string> properties) =>
        properties.Contains("number") && properties.Contains("title") && (properties.Contains("created_at") || properties.Contains("createdAt"));

    public static async IAsyncEnumerable<ParsedRecord> ReadAsync(
        TextReader text, string input, string source, FieldSizeLimit limit, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var element in new JsonArrayReader(text, limit).ReadAsync(cancellationToken))
        {
            yield return element.Text is null
                ? new ParseFailure(new RejectedRecord(input, element.Line, null, element.Error!, element.Raw))
                : JsonLinesTicketReader.Parse(element.Text, element.Line, input, source, Map);
        }
    }

    public static TicketRecord Map(JsonElement issue, string source)
    {
        if (issue.TryGetProperty("pull_request", out var pull) && pull.ValueKind != JsonValueKind.Null)
        {
            throw new RecordFormatException("pull_request", "is a pull request, not an issue: pull requests are left out");
        }

        var number = issue.TryGetProperty("number", out var n) && n.ValueKind == JsonValueKind.Number && n.TryGetInt64(out var value)
            ? value.ToString(CultureInfo.InvariantCulture)
            : throw new RecordFormatException("number", n.ValueKind == JsonValueKind.Undefined ? "is missing" : $"number is {Describe(n)}, expected a whole number");
        var reporter = Login(issue, "user") ?? Login(issue, "author");
        var comments = Comments(issue);
        var milestone = issue.TryGetProperty("milestone", out var m) && m.ValueKind == JsonValueKind.Object ? Text(m, "title") : null;
        return new TicketRecord
        {
            Source = source,
            ExternalId = number,
            CreatedAt = Timestamp(issue, "created_at", "createdAt") ?? throw new RecordFormatException("created_at", "is missing"),
            UpdatedAt = Timestamp(issue, "updated_at", "updatedAt"),
            ResolvedAt = Timestamp(issue, "closed_at", "closedAt"),
            FirstResponseAt = comments?.Where(c => c.Actor is not null && c.Actor != reporter).Select(c => (DateTime?)c.At).Min(),
            Status = Text(issue, "state")?.ToLowerInvariant(),
            Type = issue.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Object ? Text(type, "name")?.ToLowerInvariant() : null,
            Channel = "github",
            Reporter = reporter,
            Assignee = Login(issue, "assignee") ?? FirstLogin(issue, "assignees"),
            Subject = Text(issue, "title") ?? "",
            Body = Text(issue, "body") ?? "",
            Product = Repository(issue),
            Tags = Labels(issue),
            FixVersions = milestone is null ? [] : [milestone],
            Events = comments,
        };
    }

    /// <summary>gh's comments (REST gives only their count): the ticket's whole conversation.</summary>
    private static List<TicketEvent>? Comments(JsonElement issue)
    {
        if (!issue.TryGetProperty("comments", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var events = new List<TicketEvent>();
        foreach (var c in array.EnumerateArray())
        {
            var at = Timestamp(c, "createdAt", "created_at") ?? throw new RecordFormatException($"comments[{events.Count}].createdAt", "is missing");
            var id = Text(c, "id") ?? Text(c, "url") ?? $"c{events.Count + 1}";
            events.Add(new TicketEvent(id, at, TicketEvent.Comment, Login(c, "author") ?? Login(c, "user"), Text(c, "body")));
        }

        return events;
    }

    private static DateTime? Timestamp(JsonElement o, string name, string alias)
    {
        var found = o.TryGetProperty(name, out var value) ? name : o.TryGetProperty(alias, out value) ? alias : null;
        if (found is null || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new RecordFormatException(found, $"{found} is {Describe(value)}, expected a date such as 2025-11-17T09:12:00Z");
        }

        var text = value.GetString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!TimestampParser.TryParseUtc(text, out var utc))
        {
            throw new RecordFormatException(found, $"{found} '{CsvHeader.Shorten(text)}' is not an ISO-8601 timestamp (like 2025-11-17T09:12:00Z)");
        }

        // gh writes the zero time for "not closed".
        return utc.Year == 1 ? null : utc;
    }

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static string? Login(JsonElement o, string name) =>
        o.TryGetProperty(name, out var user) && user.ValueKind == JsonValueKind.Object ? Text(user, "login") : null;

    private static string? FirstLogin(JsonElement o, string name) =>
        o.TryGetProperty(name, out var users) && users.ValueKind == JsonValueKind.Array
            ? users.EnumerateArray().Where(u => u.ValueKind == JsonValueKind.Object).Select(u => Text(u, "login")).FirstOrDefault(l => l is not null)
            : null;

    /// <summary>Labels are objects with a name (or, in older payloads, plain strings).</summary>
    private static List<string> Labels(JsonElement issue)
    {
        var labels = new List<string>();
        if (issue.TryGetProperty("labels", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var label in array.EnumerateArray())
            {
                var name = label.ValueKind == JsonValueKind.String ? label.GetString() : label.ValueKind == JsonValueKind.Object ? Text(label, "name") : null;
                if (!string.IsNullOrWhiteSpace(name) && !labels.Contains(name))
                {
                    labels.Add(name);
                }
            }
        }

        return labels;
    }

    /// <summary>owner/repo, from the REST repository_url or the issue's own address.</summary>
    private static string? Repository(JsonElement issue)
    {
        foreach (var (name, marker) in (ReadOnlySpan<(string, string)>)[("repository_url", "/repos/"), ("html_url", "github.com/"), ("url", "github.com/")])
        {
            if (Text(issue, name) is { } url && url.IndexOf(marker, StringComparison.Ordinal) is var at and >= 0)
            {
                var parts = url[(at + marker.Length)..].Split('/');
                if (parts.Length >= 2 && parts[0].Length > 0 && parts[1].Length > 0)
                {
                    return $"{parts[0]}/{parts[1]}";
                }
            }
        }

        return null;
    }

    private static string Describe(JsonElement value)
    {
        var raw = value.GetRawText();
        var shown = raw.Length <= 40 ? raw : raw[..37] + "...";
        return value.ValueKind switch
        {
            JsonValueKind.Number => $"a number ({shown})",
            JsonValueKind.True or JsonValueKind.False => $"a boolean ({shown})",
            JsonValueKind.Object => $"an object ({shown})",
            JsonValueKind.Array => $"an array ({shown})",
            JsonValueKind.String => $"a string ({shown})",
            _ => $"{value.ValueKind.ToString().ToLowerInvariant()} ({shown})",
        };
    }
}
