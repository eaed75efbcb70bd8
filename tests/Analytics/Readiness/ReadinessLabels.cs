using System.Text.Json;
using Reporting.Analytics.Readiness;

namespace Reporting.Analytics.Tests.Readiness;

/// <summary>
/// readiness-labels.jsonl: 220 Apache Jira tickets (55 per project, picked by sample_readiness_tickets.py) with the six
/// items labelled by hand from the summary, the first 1,500 characters of the description and the affected versions.
/// </summary>
public static class ReadinessLabels
{
    public static IReadOnlyList<LabelledReadinessTicket> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Readiness", "readiness-labels.jsonl");
        return File.ReadLines(path).Where(l => l.Length > 0).Select(Parse).ToList();
    }

    private static LabelledReadinessTicket Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var labels = root.GetProperty("labels");
        return new LabelledReadinessTicket(
            root.GetProperty("id").GetString()!,
            new ReadinessTicket(
                root.GetProperty("summary").GetString()!, root.GetProperty("description").GetString()!,
                root.GetProperty("versions").EnumerateArray().Select(v => v.GetString()!).ToList()),
            new Dictionary<ReadinessItem, bool>
            {
                [ReadinessItem.StepsToReproduce] = labels.GetProperty("steps").GetBoolean(),
                [ReadinessItem.ExpectedVersusActual] = labels.GetProperty("expectedActual").GetBoolean(),
                [ReadinessItem.VersionOrBuild] = labels.GetProperty("version").GetBoolean(),
                [ReadinessItem.Environment] = labels.GetProperty("environment").GetBoolean(),
                [ReadinessItem.LogsOrStackTrace] = labels.GetProperty("logs").GetBoolean(),
                [ReadinessItem.CustomerImpact] = labels.GetProperty("impact").GetBoolean(),
            });
    }
}
