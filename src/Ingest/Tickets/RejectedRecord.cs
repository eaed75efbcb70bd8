namespace Reporting.Ingest.Tickets;

/// <summary>
/// A record that could not be ingested, kept aside with where it came from and why.
/// <paramref name="Line"/> is the 1-based physical line where the record starts; for an API page (Input = source and
/// page request) it is the item's 1-based position on the page.
/// </summary>
public sealed record RejectedRecord(string Input, long Line, string? Field, string Reason, string? Raw)
{
    public override string ToString() =>
        Field is null ? $"{Input}:{Line}: {Reason}" : $"{Input}:{Line}: field {Field}: {Reason}";
}
