using System.Text.Json;

namespace Reporting.Ingest.Sources.Zendesk;

/// <summary>The objects a Zendesk page sideloads (<c>include=users,metric_sets</c>), by id.</summary>
public sealed class ZendeskSideloads
{
    private readonly Dictionary<string, string> _people = new(StringComparer.Ordinal);

    public Dictionary<long, JsonElement> Metrics { get; } = [];

    public static ZendeskSideloads Read(JsonElement root)
    {
        var sideloads = new ZendeskSideloads();
        sideloads.AddUsers(root);
        if (root.TryGetProperty("metric_sets", out var metrics) && metrics.ValueKind == JsonValueKind.Array)
        {
            foreach (var m in metrics.EnumerateArray())
            {
                if (m.ValueKind == JsonValueKind.Object && m.TryGetProperty("ticket_id", out var id) && id.ValueKind == JsonValueKind.Number)
                {
                    sideloads.Metrics[id.GetInt64()] = m.Clone();
                }
            }
        }

        return sideloads;
    }

    /// <summary>Adds the <c>users</c> array of a page (the export's, or a comments page's).</summary>
    public void AddUsers(JsonElement root)
    {
        if (!root.TryGetProperty("users", out var users) || users.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var u in users.EnumerateArray())
        {
            if (u.ValueKind == JsonValueKind.Object && u.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number
                && u.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String && name.GetString() is { Length: > 0 } n)
            {
                lock (_people)
                {
                    _people[id.GetRawText()] = n;
                }
            }
        }
    }

    /// <summary>A person's name when sideloaded, else their Zendesk user id, so the person is never lost.</summary>
    public string? Person(string? userId)
    {
        if (userId is null)
        {
            return null;
        }

        lock (_people)
        {
            return _people.GetValueOrDefault(userId, userId);
        }
    }
}
