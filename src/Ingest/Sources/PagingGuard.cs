namespace Reporting.Ingest.Sources;

/// <summary>
/// Stops a paging loop that does not move: a cursor, page token, offset or next link seen twice in one
/// pull would request the same pages forever.
/// </summary>
public sealed class PagingGuard(string source, string what)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public void Visit(string position)
    {
        if (!_seen.Add(position))
        {
            throw new SourceException(
                $"source '{source}': the API returned {what} '{position}' a second time; paging does not progress, so the pull stops here " +
                "(pages before it are committed)");
        }
    }
}
