using DuckDB.NET.Data;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Triage;

/// <summary>
/// Stores one triage decision by a named key holder: accepting the stored top owner, choosing a known service, or about
/// recurring bugs: another ticket of the same source is not a duplicate or is the same bug (move there), the ticket leaves
/// its group (split), or its group merges into another. The value is checked against the warehouse, never taken on trust.
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
            TriageDecisionKinds.NotDuplicate or TriageDecisionKinds.SameBug => await OtherTicketAsync(connection, source, id, value, cancellationToken),
            TriageDecisionKinds.Split => await GroupLeftAsync(connection, source, id, value, cancellationToken),
            TriageDecisionKinds.Merge => await MergeTargetAsync(connection, source, id, value, cancellationToken),
            _ => throw new InvalidRequestException("kind", $"kind must be one of {string.Join(", ", TriageDecisionKinds.All)}, not '{kind}'."),
        };

        var decision = new NewTriageDecision(source, id, decidedBy, time.GetUtcNow().UtcDateTime, kind, stored);
        if (!await TriageQueries.RecordAsync(connection, decision, cancellationToken))
        {
            throw new NotFoundException($"No ticket '{id}' from '{source}' in the warehouse.");
        }
    }

    private static async Task<string> OtherTicketAsync(DuckDBConnection connection, string source, string id, string? value, CancellationToken cancellationToken) =>
        !string.IsNullOrEmpty(value) && value != id && await TriageQueries.TicketAsync(connection, source, value, cancellationToken) is not null
            ? value
            : throw new InvalidRequestException("value", $"'{value}' is not another ticket from '{source}'.");

    /// <summary>A split names the group the ticket is in now: it leaves that group at the next clustering.</summary>
    private static async Task<string> GroupLeftAsync(DuckDBConnection connection, string source, string id, string? value, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(value) || await RecurringGroupQueries.GroupAsync(connection, value, cancellationToken) is null)
        {
            throw new InvalidRequestException("value", $"'{value}' is not a recurring group.");
        }

        var current = await RecurringGroupQueries.GroupOfTicketAsync(connection, source, id, cancellationToken);
        return current == value
            ? value
            : throw new InvalidRequestException("value", $"Ticket '{id}' is not in group '{value}' ({(current is null ? "it is in none" : $"it is in '{current}'")}).");
    }

    /// <summary>
    /// A merge names the group this ticket's group merges into; it is stored as that group's most typical ticket, so the
    /// decision holds whichever id the merged group keeps.
    /// </summary>
    private static async Task<string> MergeTargetAsync(DuckDBConnection connection, string source, string id, string? value, CancellationToken cancellationToken)
    {
        var current = await RecurringGroupQueries.GroupOfTicketAsync(connection, source, id, cancellationToken)
                      ?? throw new InvalidRequestException("value", $"Ticket '{id}' is in no recurring group to merge.");
        var target = string.IsNullOrEmpty(value) ? null : await RecurringGroupQueries.GroupAsync(connection, value, cancellationToken);
        if (target?.RepresentativeSource is null || target.RepresentativeTicket is null)
        {
            throw new InvalidRequestException("value", $"'{value}' is not a recurring group.");
        }

        return target.Id != current
            ? GroupingDecisionQueries.TicketReference(target.RepresentativeSource, target.RepresentativeTicket)
            : throw new InvalidRequestException("value", $"Group '{value}' cannot be merged into itself.");
    }
}
