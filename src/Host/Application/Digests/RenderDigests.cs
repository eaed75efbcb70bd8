using Reporting.Warehouse;
using DuckDB.NET.Data;
using Reporting.Analytics.Digest;
using Reporting.Warehouse.Calendar;
using Reporting.Reports.Digest;
using Reporting.Reports.Privacy;
using Reporting.Reports.Rendering;

namespace Reporting.Host.Application.Digests;

/// <summary>
/// PMs' weekly digests: the figures computed by Analytics, laid out and rendered by Reports, quoted text masked.
/// One instance per batch over one connection, so figures shared by several PMs are computed once.
/// </summary>
public sealed class RenderDigests(DuckDBConnection connection, TimeProvider time, TextMasker masker)
{
    private readonly WeeklyDigestLoader _loader = new(connection, time);

    /// <summary>The week asked for, or the last complete week of data.</summary>
    public async Task<IsoWeek> WeekAsync(string? week, CancellationToken cancellationToken)
    {
        if (week is null)
        {
            return await _loader.LatestCompleteWeekAsync(cancellationToken);
        }

        return IsoWeek.TryParse(week, out var parsed)
            ? parsed
            : throw new InvalidRequestException("week", $"'{week}' is not an ISO week such as 2026-W47.");
    }

    /// <summary>Every PM's digest, or one PM's; each with how long it took (the first includes shared figures).</summary>
    public async Task<IReadOnlyList<(RenderedDigest Digest, double Seconds)>> RunAsync(
        IsoWeek week, string? pmEmail, bool previews, CancellationToken cancellationToken)
    {
        var subscriptions = await SubscriptionsAsync(pmEmail, cancellationToken);
        var rendered = new List<(RenderedDigest, double)>();
        foreach (var subscription in subscriptions)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            rendered.Add((await RenderAsync(subscription, week, previews, cancellationToken), watch.Elapsed.TotalSeconds));
        }

        return rendered;
    }

    public async Task<RenderedDigest> RenderAsync(DigestSubscription subscription, IsoWeek week, bool previews, CancellationToken cancellationToken)
    {
        var data = await _loader.LoadAsync(subscription, week, cancellationToken);
        var document = WeeklyDigestDocument.Build(data, time.GetUtcNow(), masker);
        return new RenderedDigest(data, ReportRenderer.Render(document, FileName(subscription, week), previews));
    }

    /// <summary>Throws <see cref="NoDataForWeekException"/> when the week has no tickets.</summary>
    public Task EnsureWeekHasDataAsync(IsoWeek week, CancellationToken cancellationToken) => _loader.EnsureWeekHasDataAsync(week, cancellationToken);

    public async Task<IReadOnlyList<DigestSubscription>> SubscriptionsAsync(string? pmEmail, CancellationToken cancellationToken)
    {
        return pmEmail is null
            ? await DigestSubscription.LoadConfiguredAsync(connection, cancellationToken)
            : [await DigestSubscription.FindAsync(connection, pmEmail, cancellationToken)];
    }

    public static string FileName(DigestSubscription subscription, IsoWeek week) =>
        $"digest-{week}-{ReportRenderer.SafeName(subscription.PmEmail)}.pdf";
}
