namespace Reporting.Ingest.Files;

/// <summary>An input ended before its own end (a truncated or corrupt compressed file): the run fails with this reason.</summary>
public sealed class TruncatedInputException(string message) : IOException(message);
