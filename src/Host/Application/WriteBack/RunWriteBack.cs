using DuckDB.NET.Data;
using Reporting.Analytics.Duplicates;
using Reporting.Host.Application.Tickets;
using Reporting.Ingest.Sources;
using Reporting.Ingest.Sources.Http;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.WriteBack;

/// <summary>
/// Writes suggestions back to the tickets' own systems, exactly once per ticket, decision and action: each action is
/// claimed in <c>write_backs</c> before its request and marked written or failed after, so a restart (another process
/// over the same warehouse) never repeats it. Requests go through the connectors' client (retries, 429 Retry-After, 5xx).
/// A dry run (the run's or the source's <c>WriteBack:DryRun</c>) logs each request it would send and records nothing.
/// </summary>
public sealed class RunWriteBack(SourcesConfiguration sources, FindSimilarTickets similar, TimeProvider time, ILogger<RunWriteBack> logger)
{
    public async Task<WriteBackSummary> RunAsync(DuckDBConnection connection, SimilarTicketFinder finder, WriteBackRun run, CancellationToken cancellationToken)
    {
        var names = SourcesOf(run.Source);
        var items = new List<WriteBackItem>();
        var alreadyRecorded = 0;
        var allDry = names.Count > 0;
        foreach (var name in names)
        {
            var options = sources.Get(name);
            var dry = run.DryRun || options.WriteBack.DryRun;
            allDry &= dry;
            var (done, recorded) = await WriteSourceAsync(connection, finder, name, options, dry, run.RetryFailed, cancellationToken);
            items.AddRange(done);
            alreadyRecorded += recorded;
        }

        return new WriteBackSummary(names, names.Count > 0 && allDry, items, alreadyRecorded);
    }

    private List<string> SourcesOf(string? source)
    {
        if (source is null)
        {
            return sources.Names.Where(n => sources.Get(n).WriteBack.Enabled).Order(StringComparer.OrdinalIgnoreCase).ToList();
        }

        var options = sources.Get(source);
        return options.WriteBack.Enabled
            ? [source]
            : throw new UserInputException($"Write-back is off for source '{source}': set Sources:{source}:WriteBack:Enabled to true.");
    }

    private async Task<(List<WriteBackItem> Items, int AlreadyRecorded)> WriteSourceAsync(
        DuckDBConnection connection, SimilarTicketFinder finder, string name, SourceOptions options, bool dry, bool retryFailed,
        CancellationToken cancellationToken)
    {
        var w = options.WriteBack;
        var actions = WriteBackRequests.Actions(w);
        var since = time.GetUtcNow().UtcDateTime - w.MaxTicketAge;
        // A failed action counts as recorded for the candidate query; retrying failures asks for every ticket again.
        var candidates = w.Policy == WriteBackOptions.Accepted
            ? await WriteBackQueries.AcceptedAsync(connection, name, since, retryFailed ? int.MaxValue : actions, w.MaxPerRun, cancellationToken)
            : await WriteBackQueries.AboveThresholdAsync(connection, name, w.MinProbability, since, retryFailed ? int.MaxValue : actions, w.MaxPerRun, cancellationToken);
        var items = new List<WriteBackItem>();
        var alreadyRecorded = 0;
        if (candidates.Count == 0)
        {
            return (items, 0);
        }

        using var client = new SourceHttpClient(name, options, time);
        foreach (var candidate in candidates)
        {
            var note = WriteBackNote.Compose(candidate, await SimilarAsync(connection, finder, candidate, w.SimilarTickets, cancellationToken), w.WorkspaceUrl);
            foreach (var request in WriteBackRequests.For(options, candidate.TicketId, note, candidate.Owner))
            {
                var key = new WriteBackKey(name, candidate.TicketId, candidate.Decision, request.Action);
                if (dry)
                {
                    logger.LogInformation("Write-back dry run: would {Method} {Path} for {Source} ticket {Ticket}: {Json}",
                        request.Method, request.Path, name, candidate.TicketId, request.Json);
                    items.Add(new WriteBackItem(name, candidate.TicketId, candidate.Decision, request.Action, WriteBackItem.WouldWrite,
                        request.Method.Method, request.Path, 0, request.Json));
                    continue;
                }

                if (!await WriteBackQueries.ClaimAsync(connection, key, retryFailed, time.GetUtcNow().UtcDateTime, cancellationToken))
                {
                    alreadyRecorded++;
                    continue;
                }

                items.Add(await SendAsync(connection, client, key, request, cancellationToken));
            }
        }

        return (items, alreadyRecorded);
    }

    private async Task<WriteBackItem> SendAsync(
        DuckDBConnection connection, SourceHttpClient client, WriteBackKey key, WriteBackRequest request, CancellationToken cancellationToken)
    {
        var retriesBefore = client.Retries;
        string outcome, detail;
        try
        {
            var response = await client.SendJsonAsync(request.Method, request.Path, request.Json, cancellationToken);
            (outcome, detail) = (WriteBackItem.Written, $"{(int)response.Status} {response.ReasonPhrase}");
        }
        catch (SourceException ex)
        {
            (outcome, detail) = (WriteBackItem.Failed, ex.Message);
        }

        var attempts = client.Retries - retriesBefore + 1;
        await WriteBackQueries.MarkAsync(connection, key, outcome == WriteBackItem.Written ? WriteBackQueries.Written : WriteBackQueries.Failed,
            attempts, detail, time.GetUtcNow().UtcDateTime, CancellationToken.None);
        logger.Log(outcome == WriteBackItem.Written ? LogLevel.Information : LogLevel.Warning,
            "Write-back {Outcome}: {Source} ticket {Ticket} {Action} ({Decision}) after {Attempts} attempt(s): {Detail}",
            outcome, key.Source, key.TicketId, key.Action, key.Decision, attempts, detail);
        return new WriteBackItem(key.Source, key.TicketId, key.Decision, key.Action, outcome, request.Method.Method, request.Path, attempts, detail);
    }

    private async Task<IReadOnlyList<SimilarTicket>> SimilarAsync(
        DuckDBConnection connection, SimilarTicketFinder finder, WriteBackCandidate candidate, int top, CancellationToken cancellationToken)
    {
        if (top == 0)
        {
            return [];
        }

        try
        {
            return await similar.RunAsync(connection, finder, candidate.TicketId, top, cancellationToken);
        }
        catch (NotFoundException)
        {
            return []; // not indexed yet: the note goes without
        }
    }
}
