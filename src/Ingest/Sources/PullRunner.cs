using System.Diagnostics;
using DuckDB.NET.Data;
using Reporting.Ingest.Loading;
using Reporting.Ingest.Sources.Http;
using Reporting.Ingest.Tickets;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Ingest.Sources;

/// <summary>
/// Pulls one configured source into the warehouse: reads the stored watermark, asks the source for the
/// pages after it and commits them with the watermark they reach in the same transaction, so a crash at
/// any point resumes from the last committed page (re-reading a little is harmless: tickets are upserted).
/// The Host's scheduler calls <see cref="RunAsync(string, CancellationToken)"/> once per source and period.
/// </summary>
public sealed class PullRunner(
    DuckDBConnection connection, SourcesConfiguration sources, TimeProvider time, IProgress<IngestProgress>? progress = null)
{
    /// <summary>
    /// Tickets gathered from consecutive pages before a commit. A merge has a large fixed cost (it joins against
    /// the whole tickets table), so small API pages are committed together, as file ingest batches do; a crash
    /// re-reads at most this many. 1 commits every page.
    /// </summary>
    public int CommitEvery { get; init; } = DefaultCommitEvery;

    public const int DefaultCommitEvery = 10_000;

    /// <summary>Pages fetched and mapped ahead while the previous batch is being committed.</summary>
    public int PagesReadAhead { get; init; } = 2;

    public Task<PullSummary> RunAsync(string sourceName, CancellationToken cancellationToken) =>
        RunAsync(sourceName, since: null, cancellationToken);

    /// <param name="since">Start here instead of at the stored watermark (a backfill or a repair).</param>
    public async Task<PullSummary> RunAsync(string sourceName, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var options = sources.Get(sourceName);
        using var http = new SourceHttpClient(sourceName, options, time);
        var source = TicketSources.Create(sourceName, options, http);
        var stored = await ReadWatermarkAsync(sourceName, source.Kind, since, cancellationToken);

        var watch = Stopwatch.StartNew();
        var runLog = new IngestRunLog(connection, time);
        var runId = await runLog.StartAsync(sourceName, "pull", $"{source.Kind} {http.BaseUri}", cancellationToken);
        var writer = new TicketBatchWriter(connection, time);
        var counts = IngestCounts.Zero;
        var pages = 0;
        long skipped = 0;
        var watermark = stored;
        var tickets = new List<TicketRecord>();
        var rejects = new List<RejectedRecord>();
        string? pending = null;

        async Task CommitAsync()
        {
            var mark = pending is not null && pending != watermark ? new SourceWatermark(sourceName, source.Kind, pending) : null;
            if (tickets.Count == 0 && rejects.Count == 0 && mark is null)
            {
                return;
            }

            var result = await writer.WriteAsync(new TicketBatch(sourceName, tickets, [], rejects, mark), runId, cancellationToken);
            counts += new IngestCounts(tickets.Count + rejects.Count, tickets.Count, rejects.Count,
                result.New, result.Updated, result.Unchanged, result.EventsWritten);
            watermark = pending ?? watermark;
            tickets.Clear();
            rejects.Clear();
            progress?.Report(new IngestProgress(sourceName, counts.Read, counts.Rejected, watch.Elapsed));
        }

        try
        {
            var start = new PullStart(since is null ? stored : null, since);
            await foreach (var page in ReadAhead.Of(source.ReadAsync(start, cancellationToken), PagesReadAhead, cancellationToken))
            {
                pages++;
                skipped += page.Skipped;
                tickets.AddRange(page.Tickets);
                rejects.AddRange(page.Rejects);
                pending = page.Watermark ?? pending;
                if (tickets.Count + rejects.Count >= CommitEvery)
                {
                    await CommitAsync();
                }
            }

            await CommitAsync();
            var releases = await TrackerReleasePull.RunAsync(connection, sourceName, options, http, cancellationToken);
            await runLog.FinishAsync(runId, counts, null, CancellationToken.None);
            return new PullSummary(sourceName, source.Kind, runId, pages, counts, skipped, http.Retries, watch.Elapsed.TotalSeconds, watermark, releases);
        }
        catch (Exception ex)
        {
            await runLog.FinishAsync(runId, counts, http.Redactor.Redact(ex.Message), CancellationToken.None);
            throw;
        }
    }

    private async Task<string?> ReadWatermarkAsync(string name, string kind, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        if (await SourceQueries.WatermarkAsync(connection, name, cancellationToken) is not { } stored)
        {
            return null;
        }

        var (storedKind, watermark) = stored;
        if (storedKind != kind && since is null)
        {
            throw new InvalidDataException(
                $"Source '{name}' is configured as {kind}, but its watermark in the warehouse was written by a {storedKind} source. " +
                $"Pull with --since DATE to start {kind} from a date, or give the source another name.");
        }

        return watermark;
    }
}
