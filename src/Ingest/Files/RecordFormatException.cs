namespace Reporting.Ingest.Files;

/// <summary>A field of one record is unusable; the record is rejected, the input goes on.</summary>
public sealed class RecordFormatException(string field, string reason) : Exception($"field {field}: {reason}")
{
    public string Field { get; } = field;

    public string Reason { get; } = reason;
}
