namespace Reporting.Ingest.Files;

/// <summary>
/// One CSV record or the reason a physical line could not be read as one.
/// <paramref name="Line"/> is the 1-based physical line where the record starts.
/// </summary>
public sealed record CsvRow(long Line, IReadOnlyList<string>? Fields, string? Error, string Raw)
{
    public bool IsValid => Fields is not null;

    /// <summary>The 0-based field an error is about, when it is about one (a field over the size limit).</summary>
    public int? ErrorField { get; init; }
}
