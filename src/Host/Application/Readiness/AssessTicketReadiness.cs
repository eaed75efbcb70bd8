using DuckDB.NET.Data;
using Reporting.Analytics.Readiness;
using Reporting.Reports.Privacy;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Readiness;

/// <summary>One ticket's triage readiness: the checklist, score and questions, judged on the masked text (as shown).</summary>
public sealed class AssessTicketReadiness(TextMasker masker, ReadinessAssessor assessor)
{
    public async Task<TicketReadiness> RunAsync(DuckDBConnection connection, string? source, string id, CancellationToken cancellationToken)
    {
        var t = await ReadinessQueries.TicketAsync(connection, source, id, cancellationToken)
                ?? throw new NotFoundException(source is null ? $"No ticket '{id}' in the warehouse." : $"No ticket '{id}' from '{source}' in the warehouse.");
        return Assess(t);
    }

    /// <summary>Readiness of a page of tickets (source, id), keyed like the request; tickets that do not exist are left out.</summary>
    public async Task<IReadOnlyDictionary<(string Source, string Id), TicketReadiness>> RunManyAsync(
        DuckDBConnection connection, IReadOnlyList<(string Source, string Id)> keys, CancellationToken cancellationToken) =>
        (await TicketLookupQueries.FindManyAsync(connection, keys, cancellationToken))
            .ToDictionary(t => (t.Source, t.Id), t => Assess(t.Source, t.Id, t.Subject, t.Body, t.Versions));

    private TicketReadiness Assess(ReadinessTicketRow t) => Assess(t.Source, t.Id, t.Subject, t.Body, t.Versions);

    private TicketReadiness Assess(string source, string id, string subject, string body, IReadOnlyList<string> versions)
    {
        var assessment = assessor.Assess(new ReadinessTicket(masker.Mask(subject), masker.Mask(body), versions));
        return new TicketReadiness(
            source, id, assessment.Score, assessment.Total,
            assessment.Checks.Select(c => new ReadinessItemView(c.Key, c.Title, c.Present, c.Cue, c.Evidence, c.Question)).ToList(),
            assessment.Questions);
    }
}

/// <summary>A ticket's readiness as the API, CLI and pages show it.</summary>
public sealed record TicketReadiness(string Source, string Id, int Score, int Total, IReadOnlyList<ReadinessItemView> Items, IReadOnlyList<string> Questions);

/// <summary>One checklist item: present or not, the cue and quote that showed it, or the question to ask.</summary>
public sealed record ReadinessItemView(string Key, string Title, bool Present, string? Cue, string? Evidence, string? Question);
