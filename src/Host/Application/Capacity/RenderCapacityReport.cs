using DuckDB.NET.Data;
using Reporting.Analytics.Capacity.Outlook;
using Reporting.Analytics.Expertise;
using Reporting.Host.Application.Expertise;
using Reporting.Analytics.Owners;
using Reporting.Reports.Capacity;
using Reporting.Reports.Privacy;
using Reporting.Warehouse.Queries;
using Reporting.Reports.Rendering;

namespace Reporting.Host.Application.Capacity;

/// <summary>The capacity report PDF (one team or all) for a checked period.</summary>
public sealed class RenderCapacityReport(TimeProvider time, TextMasker masker)
{
    public const string DefaultFileName = "capacity-report.pdf";

    public async Task<RenderedReport> RunAsync(
        DuckDBConnection connection, string? team, DateOnly? from, DateOnly? to, string fileName, bool previews, CancellationToken cancellationToken)
    {
        var answer = await new ComputeCapacity(time).RunAsync(connection, new CapacityRequest(team, from, to), cancellationToken);
        var outlook = NextTwoWeeks.Build(answer.Result, await RecurringGroupQueries.GrowingAsync(connection, cancellationToken));
        var end = answer.Period.To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        // The appendix covers the last four weeks of the period: suggestions by ticket creation, decisions by when they were made.
        var agreement = await FinalOwnerAgreementQueries.LoadAsync(
            connection, team is null ? null : [team], end.AddDays(-28), end, cancellationToken);
        var acceptance = await SuggestionAcceptance.LoadAsync(connection, answer.Period.To.AddDays(-27), answer.Period.To, team, cancellationToken);
        var known = ExpertisePeriod.EndingOn(answer.Period.To);
        var expertise = await ExpertiseMap.LoadAsync(connection, known.From, known.To, null, cancellationToken);
        return ReportRenderer.Render(
            CapacityReportDocument.Build(answer.Result, answer.Period.From, answer.Period.To, time.GetUtcNow(), outlook, agreement, acceptance, masker, expertise),
            fileName, previews);
    }
}
