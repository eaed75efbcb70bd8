namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Crash evidence pulled out of a ticket, in the spirit of a Sentry fingerprint:
/// exception types, normalised error signatures ("Type: message" without numbers or paths)
/// and the top application frames of each trace.
/// </summary>
public sealed record StackTraceSignals(
    IReadOnlyList<string> ExceptionTypes,
    IReadOnlyList<string> ErrorSignatures,
    IReadOnlyList<string> TopFrames,
    string? Fingerprint)
{
    public static StackTraceSignals None { get; } = new([], [], [], null);

    public bool IsEmpty => ExceptionTypes.Count == 0 && TopFrames.Count == 0;
}
