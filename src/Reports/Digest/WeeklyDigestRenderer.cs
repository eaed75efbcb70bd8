using DuckDB.NET.Data;
using Reporting.Reports.Privacy;
using Reporting.Reports.Rendering;
using Reporting.Warehouse.Calendar;

namespace Reporting.Reports.Digest;

/// <summary>Loads and renders weekly digests; keep one instance per batch so shared figures are computed once.</summary>
public sealed class WeeklyDigestRenderer(DuckDBConnection connection, TimeProvider time, TextMasker masker)
{
    private readonly WeeklyDigestLoader _loader = new(connection, time);

    public Task<IsoWeek> LatestCompleteWeekAsync(CancellationToken cancellationToken) => _loader.LatestCompleteWeekAsync(cancellationToken);

    public async Task<RenderedDigest> RenderAsync(DigestSubscription subscription, IsoWeek week, bool previews, CancellationToken cancellationToken)
    {
        var data = await _loader.LoadAsync(subscription, week, cancellationToken);
        var document = WeeklyDigestDocument.Build(data, time.GetUtcNow(), masker);
        return new RenderedDigest(data, ReportRenderer.Render(document, FileName(subscription, week), previews));
    }

    public static string FileName(DigestSubscription subscription, IsoWeek week) =>
        $"digest-{week}-{ReportRenderer.SafeName(subscription.PmEmail)}.pdf";
}

/// <summary>A rendered digest with the figures it was made from (an e-mail body quotes them).</summary>
public sealed record RenderedDigest(WeeklyDigest Data, RenderedReport Report);
