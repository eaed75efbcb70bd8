namespace Reporting.Host.Application.Triage;

/// <summary>Which inbox page to show: filters (null for any), 1-based page and page size.</summary>
public sealed record InboxRequest(string? Product, string? Team, string? Status, int Page = 1, int PageSize = InboxRequest.DefaultPageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    public const int MaxPage = 10_000;
}
