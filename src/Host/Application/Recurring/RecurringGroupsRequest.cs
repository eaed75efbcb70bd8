namespace Reporting.Host.Application.Recurring;

/// <summary>Which page of the recurring bugs to show: 1-based page and page size.</summary>
public sealed record RecurringGroupsRequest(int Page = 1, int PageSize = RecurringGroupsRequest.DefaultPageSize)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;
    public const int MaxPage = 1_000;
}
