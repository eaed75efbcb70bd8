using DuckDB.NET.Data;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Triage;

/// <summary>
/// Stores one triage decision by a named key holder: accepting the stored top owner, choosing a known service, or
/// saying an existing ticket is not a duplicate. The value is checked against the warehouse, never taken on trust.
/// </summary>
public sealed class RecordTriageDecision(TimeProvider time)
{
    public async Task RunAsync(
        DuckDBConnection connection, string source, string id, string decidedBy, string? kind, string? value, CancellationToken cancellationToken)
    {
        var ticket = await TriageQueries.TicketAsync(connection, source, id, cancellationToken)
                     ?? throw new NotFoundException($"No ticket '{id}' from '{source}' in the warehouse.");
        var stored = kind switch
        {
            TriageDecisionKinds.Accept => ticket.Owner1
                                          ?? throw new InvalidRequestException("kind", "This ticket has no suggested owner to accept."),
            TriageDecisionKinds.Choose => (await TriageQueries.ServicesAsync(connection, cancellationToken)).FirstOrDefault(s => s == value)
                                          ?? throw new InvalidRequestException("value", $"'{value}' is not a known service."),
            TriageDecisionKinds.NotDuplicate => !string.IsNullOrEmpty(value) && value != id
                                                && await TriageQueries.TicketAsync(connection, source, value, cancellationToken) is not null
                ? value
                : throw new InvalidRequestException("value", $"'{value}' is not another ticket from '{source}'."),
            _ => throw new InvalidRequestException("kind",
                $"kind must be {TriageDecisionKinds.Accept}, {TriageDecisionKinds.Choose} or {TriageDecisionKinds.NotDuplicate}."),
        };

        var decision = new NewTriageDecision(source, id, decidedBy, time.GetUtcNow().UtcDateTime, kind, stored);
        if (!await TriageQueries.RecordAsync(connection, decision, cancellationToken))
        {
            throw new NotFoundException($"No ticket '{id}' from '{source}' in the warehouse.");
        }
    }
}
