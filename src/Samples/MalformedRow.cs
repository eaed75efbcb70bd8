namespace Reporting.Samples;

/// <summary>
/// A deliberately broken row in tickets.csv. <paramref name="Line"/> is the 1-based physical line where
/// the row starts (the header is line 1) and <paramref name="LineCount"/> how many physical lines it spans.
/// <paramref name="TicketId"/> is the id the row carries (empty for <see cref="MalformedRowKind.EmptyId"/>).
/// </summary>
public sealed record MalformedRow(int Line, int LineCount, MalformedRowKind Kind, string TicketId, string Description);
