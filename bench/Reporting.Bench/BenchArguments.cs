using System.Globalization;

namespace Reporting.Bench;

/// <summary>The benchmark's few options, as <c>--name value</c> pairs and <c>--flag</c>s.</summary>
public sealed record BenchArguments(IReadOnlyDictionary<string, string?> Values)
{
    public static BenchArguments Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            }

            var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            values[args[i][2..]] = hasValue ? args[++i] : null;
        }

        return new BenchArguments(values);
    }

    public string? Text(string name) => Values.GetValueOrDefault(name);

    public string Required(string name) => Text(name) ?? throw new ArgumentException($"--{name} is required");

    public int Number(string name, int fallback) =>
        Text(name) is { } text ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;

    public bool Flag(string name) => Values.ContainsKey(name);
}
