using Reporting.Ingest.Columns;
using Reporting.Ingest.Files;

namespace Reporting.Ingest.Presets;

/// <summary>
/// A product's own CSV export, recognised by its header: every group of <paramref name="Signature"/> must have one of
/// its columns present (matched ignoring case), and <paramref name="Mapping"/> says how its columns become tickets.
/// </summary>
public sealed record ExportPreset(string Name, InputKind Kind, IReadOnlyList<string[]> Signature, ColumnMapping Mapping)
{
    public string Title => Mapping.Title;

    public bool Matches(IReadOnlyList<string> header)
    {
        var names = header.Select(h => h.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Signature.All(group => group.Any(names.Contains));
    }
}
