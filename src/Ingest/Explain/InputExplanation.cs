using Reporting.Ingest.Files;

namespace Reporting.Ingest.Explain;

/// <summary>
/// What <c>reporting ingest</c> would make of one file, before anything is written: what it was recognised as, how
/// each column would be read, the mapping's date and list settings, and how the first rows would fare.
/// </summary>
public sealed record InputExplanation(
    string Input,
    InputKind Kind,
    string Reads,
    IReadOnlyList<ColumnExplanation> Columns,
    IReadOnlyList<string> Absent,
    string? Dates,
    string? Lists,
    int RowsSampled,
    int RowsRead,
    IReadOnlyList<string> Problems);
