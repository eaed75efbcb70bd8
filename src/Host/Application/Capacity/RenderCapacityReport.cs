using DuckDB.NET.Data;
using Reporting.Reports.Capacity;
using Reporting.Reports.Rendering;

namespace Reporting.Host.Application.Capacity;

/// <summary>The capacity report PDF (one team or all) for a checked period.</summary>
public sealed class RenderCapacityReport(TimeProvider time)
{
    public const string DefaultFileName = "capacity-report.pdf";

    public async Task<RenderedReport> RunAsync(
        DuckDBConnection connection, string? team, DateOnly? from, DateOnly? to, string fileName, bool previews, CancellationToken cancellationToken)
    {
        var answer = await new ComputeCapacity(time).RunAsync(connection, new CapacityRequest(team, from, to), cancellationToken);
        return ReportRenderer.Render(
            CapacityReportDocument.Build(answer.Result, answer.Period.From, answer.Period.To, time.GetUtcNow()), fileName, previews);
    }
}
