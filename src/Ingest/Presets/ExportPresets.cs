using Reporting.Ingest.Files;

namespace Reporting.Ingest.Presets;

/// <summary>The exports <c>reporting ingest</c> reads without a mapping file, tried in this order.</summary>
public static class ExportPresets
{
    public static IReadOnlyList<ExportPreset> All { get; } =
    [
        JiraCsvPreset.Preset,
        ServiceNowCsvPreset.Preset,
        FreshdeskCsvPreset.Preset,
        ZendeskCsvPreset.Preset,
    ];

    public static IEnumerable<string> Names => All.Select(p => p.Name);

    public static ExportPreset? Detect(IReadOnlyList<string> header) => All.FirstOrDefault(p => p.Matches(header));

    public static ExportPreset? Named(string name) => All.FirstOrDefault(p => p.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

    public static ExportPreset? For(InputKind kind) => All.FirstOrDefault(p => p.Kind == kind);
}
