namespace Reporting.Host.Application.Operations;

/// <summary>Which rejects to browse: one source or all (null), a 1-based page and its size.</summary>
public sealed record RejectsRequest(string? Source, int Page = 1, int PageSize = RejectsRequest.DefaultPageSize)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;
    public const int MaxPage = 10_000;

    /// <summary>Characters of raw text shown per reject; the full length is said beside it.</summary>
    public const int RawShown = 2_000;
}
