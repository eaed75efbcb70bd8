namespace Reporting.Ingest.Sources;

/// <summary>
/// A pull cannot go on: the API failed after every retry, refused the credentials, sent a page that is
/// not what its documentation says, or stopped making progress. The message names the source and the
/// request, never the token.
/// </summary>
public sealed class SourceException : Exception
{
    public SourceException(string message) : base(message) { }

    public SourceException(string message, Exception inner) : base(message, inner) { }
}
