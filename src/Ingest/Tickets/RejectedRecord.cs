namespace Reporting.Ingest.Tickets;

/// <summary>
/// A record that could not be ingested, kept aside with where it came from and why.
/// <paramref name="Line"/> is the 1-based physical line where the record starts (0 when the input has no lines, e.g. an API page).
/// </summary>
public sealed record RejectedRecord(string Input, long Line, string? Field, string Reason, string? Raw)
{
    public override string ToString() =>
        Field is null ? $"{Input}:{Line}: {Reason}" : $"{Input}:{Line}: field {Field}: {Reason}";
}
