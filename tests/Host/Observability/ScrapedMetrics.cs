using System.Globalization;
using System.Text.RegularExpressions;

namespace Reporting.Host.Tests.Observability;

/// <summary>A Prometheus text scrape read into series (name, labels, value), queried as a dashboard would.</summary>
public sealed partial class ScrapedMetrics
{
    private ScrapedMetrics(string text, IReadOnlyList<Series> series)
    {
        Text = text;
        All = series;
    }

    public string Text { get; }

    public IReadOnlyList<Series> All { get; }

    public static async Task<ScrapedMetrics> ScrapeAsync(HttpClient client, string path = "/metrics")
    {
        var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}: {text}");
        return Parse(text);
    }

    public static ScrapedMetrics Parse(string text)
    {
        var series = new List<Series>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var match = SeriesLine().Match(line);
            Assert.True(match.Success, $"not a Prometheus series line: {line}");
            var labels = LabelPair().Matches(match.Groups["labels"].Value)
                .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Replace("\\\"", "\"", StringComparison.Ordinal));
            series.Add(new Series(match.Groups["name"].Value, labels, Number(match.Groups["value"].Value)));
        }

        return new ScrapedMetrics(text, series);
    }

    private static double Number(string text) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.Parse(text, CultureInfo.InvariantCulture),
    };

    /// <summary>The value of the first series with this name carrying all the given labels; null when there is none.</summary>
    public double? Value(string name, params (string Label, string Value)[] labels) =>
        All.FirstOrDefault(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Label, out var v) && v == l.Value))?.Value;

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>\S+)(\s+\d+)?$")]
    private static partial Regex SeriesLine();

    [GeneratedRegex(@"(\w+)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LabelPair();
}

public sealed record Series(string Name, IReadOnlyDictionary<string, string> Labels, double Value);
