using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Operations;

/// <summary>One page of rejects (raw text cut to <see cref="RejectsRequest.RawShown"/> characters and masked), how many match, and the sources to choose from.</summary>
public sealed record RejectsView(RejectsRequest Request, long Total, IReadOnlyList<RejectExcerpt> Rejects, IReadOnlyList<string> Sources)
{
    public long Pages => Math.Max(1, (Total + Request.PageSize - 1) / Request.PageSize);
}
