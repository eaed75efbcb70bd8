namespace Reporting.Samples;

/// <summary>The values a template's {placeholders} are filled with for one ticket.</summary>
internal sealed record TextSlots
{
    public string Symptom { get; init; } = string.Empty;
    public string Action { get; init; } = string.Empty;
    public string Code { get; init; } = string.Empty;
    public string Message { get; init; } = string.Empty;
    public string Area { get; init; } = string.Empty;
    public string Noun { get; init; } = string.Empty;
    public string Task { get; init; } = string.Empty;
    public string Wish { get; init; } = string.Empty;
    public string Version { get; init; } = string.Empty;
    public string Customer { get; init; } = string.Empty;
    public string Number { get; init; } = string.Empty;

    /// <summary>A sentence about a neighbouring service the ticket mentions without being about it (empty: none).</summary>
    public string Aside { get; init; } = string.Empty;
}
