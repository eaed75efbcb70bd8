using Microsoft.Extensions.Configuration;

namespace Reporting.Ingest.Sources;

/// <summary>
/// The configured sources: section <c>Sources</c> of appsettings.json (next to the executable, then the
/// working directory) overlaid by environment variables (<c>Sources__NAME__Token</c>). Every source is
/// validated on load, so a typo is reported before any request is sent.
/// </summary>
public sealed class SourcesConfiguration
{
    public const string SectionName = "Sources";

    private readonly Dictionary<string, SourceOptions> _sources;

    public SourcesConfiguration(IReadOnlyDictionary<string, SourceOptions> sources)
    {
        var errors = sources.SelectMany(s => SourceOptionsValidator.Validate(s.Key, s.Value)).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidDataException("Invalid source configuration: " + string.Join("; ", errors));
        }

        _sources = new Dictionary<string, SourceOptions>(sources, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyCollection<string> Names => _sources.Keys;

    /// <summary>The standard configuration stack: appsettings.json files, then the environment.</summary>
    public static SourcesConfiguration Load(string? workingDirectory = null)
    {
        var builder = new ConfigurationBuilder();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directory in new[] { AppContext.BaseDirectory, workingDirectory ?? Directory.GetCurrentDirectory() })
        {
            var file = Path.GetFullPath(Path.Combine(directory, "appsettings.json"));
            if (seen.Add(file))
            {
                builder.AddJsonFile(file, optional: true, reloadOnChange: false);
            }
        }

        return From(builder.AddEnvironmentVariables().Build());
    }

    /// <summary>Binds the <c>Sources</c> section of any configuration (the Host's own, a test's in-memory one).</summary>
    public static SourcesConfiguration From(IConfiguration configuration)
    {
        var sources = new Dictionary<string, SourceOptions>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in configuration.GetSection(SectionName).GetChildren())
        {
            try
            {
                sources[section.Key] = section.Get<SourceOptions>() ?? new SourceOptions();
            }
            catch (InvalidOperationException ex)
            {
                // The binder names the key and the value it could not convert.
                throw new InvalidDataException($"{SectionName}:{section.Key}: {ex.Message}", ex);
            }
        }

        return new SourcesConfiguration(sources);
    }

    /// <summary>The source of that name, or null (a webhook for an unknown source is answered 404, not thrown).</summary>
    public SourceOptions? Find(string name) => _sources.GetValueOrDefault(name);

    public SourceOptions Get(string name) =>
        _sources.TryGetValue(name, out var options)
            ? options
            : throw new InvalidDataException(_sources.Count == 0
                ? $"No source '{name}': no sources are configured (section '{SectionName}' of appsettings.json or Sources__{name}__Kind in the environment)."
                : $"No source '{name}' is configured; configured sources: {string.Join(", ", _sources.Keys.Order(StringComparer.OrdinalIgnoreCase))}.");
}
