using System.Diagnostics;
using System.Diagnostics.Metrics;
using Reporting.Host.Email;
using Reporting.Ingest.Sources;

namespace Reporting.Host.Observability;

/// <summary>
/// The service's own metrics (meter <c>Reporting</c>), recorded where things happen: pulls, jobs, digest sending,
/// owner suggestions. Figures that live in the warehouse (lag, freshness, acceptance) are read at scrape time by
/// <see cref="WarehouseGauges"/>. Exported for Prometheus as <c>reporting_*</c> (see README, Observability).
/// </summary>
public sealed class ReportingMetrics
{
    public const string MeterName = "Reporting";

    private readonly Counter<long> _ticketsPulled;
    private readonly Counter<long> _pullFailures;
    private readonly Counter<long> _ingestRejects;
    private readonly Histogram<double> _jobDuration;
    private readonly Counter<long> _jobFailures;
    private readonly Counter<long> _digestsSent;
    private readonly Counter<long> _digestsFailed;
    private readonly Histogram<double> _suggestionDuration;
    private readonly Counter<long> _suggestions;

    public ReportingMetrics(IMeterFactory meters)
    {
        Meter = meters.Create(MeterName);
        _ticketsPulled = Meter.CreateCounter<long>("reporting.tickets.pulled", "{ticket}", "Tickets read from a source by scheduled pulls (new, updated and unchanged)");
        _pullFailures = Meter.CreateCounter<long>("reporting.pull.failures", "{pull}", "Pulls that ended with an error (each retry counts)");
        _ingestRejects = Meter.CreateCounter<long>("reporting.ingest.rejects", "{record}", "Records a pull read but kept aside in rejects");
        _jobDuration = Meter.CreateHistogram("reporting.job.duration", "s", "How long each background job ran, by job and outcome",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.5, 1, 5, 10, 30, 60, 120, 300, 600, 1800, 3600] });
        _jobFailures = Meter.CreateCounter<long>("reporting.job.failures", "{job}", "Background job runs that ended with an error (Hangfire may retry)");
        _digestsSent = Meter.CreateCounter<long>("reporting.digests.sent", "{digest}", "Digests handed to the SMTP server");
        _digestsFailed = Meter.CreateCounter<long>("reporting.digests.failed", "{digest}", "Digest attempts that did not deliver, by reason");
        _suggestionDuration = Meter.CreateHistogram("reporting.owner_suggestion.duration", "s", "One owner suggestion over the API: classifier, similar tickets, explanation",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });
        _suggestions = Meter.CreateCounter<long>("reporting.owner_suggestions", "{suggestion}", "Owner suggestions answered over the API, by whether the model abstained");
    }

    public Meter Meter { get; }

    public void Pulled(PullSummary summary)
    {
        var source = new KeyValuePair<string, object?>("source", summary.Source);
        _ticketsPulled.Add(summary.Counts.Ingested, source);
        _ingestRejects.Add(summary.Counts.Rejected, source);
    }

    public void PullFailed(string source) => _pullFailures.Add(1, new KeyValuePair<string, object?>("source", source));

    /// <summary>Runs one background job, recording its duration and whether it failed.</summary>
    public async Task<T> MeasureJobAsync<T>(string job, Func<Task<T>> run)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await run();
            _jobDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, Tag("job", job), Tag("outcome", "succeeded"));
            return result;
        }
        catch
        {
            _jobDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, Tag("job", job), Tag("outcome", "failed"));
            _jobFailures.Add(1, Tag("job", job));
            throw;
        }
    }

    public Task MeasureJobAsync(string job, Func<Task> run) => MeasureJobAsync(job, async () =>
    {
        await run();
        return true;
    });

    /// <summary>What a delivery attempt did: sent, or why not (nothing is counted when another process holds it or it was sent before).</summary>
    public void DigestDelivered(DeliveryOutcome outcome)
    {
        switch (outcome)
        {
            case DeliveryOutcome.Sent:
                _digestsSent.Add(1);
                break;
            case DeliveryOutcome.PermanentlyFailed:
                DigestFailed("refused");
                break;
            case DeliveryOutcome.OutcomeUnknown:
                DigestFailed("outcome_unknown");
                break;
            case DeliveryOutcome.NoData:
                DigestFailed("no_data");
                break;
        }
    }

    /// <param name="reason">refused (5xx), outcome_unknown, no_data or retry (server unreachable or deferred; Hangfire retries).</param>
    public void DigestFailed(string reason) => _digestsFailed.Add(1, Tag("reason", reason));

    public void Suggested(TimeSpan took, bool abstained)
    {
        _suggestionDuration.Record(took.TotalSeconds);
        _suggestions.Add(1, Tag("abstained", abstained ? "true" : "false"));
    }

    private static KeyValuePair<string, object?> Tag(string name, string value) => new(name, value);
}
