using DuckDB.NET.Data;
using Reporting.Host.Application.Triage;
using Reporting.Warehouse;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Recurring;

/// <summary>
/// Merges one recurring-bug group into another: a merge decision on the group's most typical ticket naming the other group's
/// most typical ticket (a must-link between the two), kept with the triage decisions so the next and every later grouping
/// joins them. The merged group keeps the id of the larger group, or of the older one when they are as large.
/// </summary>
public sealed class MergeRecurringGroups(RecordTriageDecision record)
{
    public async Task RunAsync(DuckDBConnection connection, string groupId, string? into, string decidedBy, CancellationToken cancellationToken)
    {
        var group = await RecurringGroupQueries.GroupAsync(connection, groupId, cancellationToken)
                    ?? throw new NotFoundException($"No recurring group '{groupId}'.");
        if (string.IsNullOrWhiteSpace(into) || await RecurringGroupQueries.GroupAsync(connection, into, cancellationToken) is null)
        {
            throw new InvalidRequestException("into", $"into: '{into}' is not a recurring group.");
        }

        if (into == groupId)
        {
            throw new InvalidRequestException("into", $"into: group '{groupId}' cannot be merged into itself.");
        }

        if (group.RepresentativeSource is null || group.RepresentativeTicket is null)
        {
            throw new InvalidRequestException("into", $"Group '{groupId}' has no representative ticket to record the merge on.");
        }

        await record.RunAsync(connection, group.RepresentativeSource, group.RepresentativeTicket, decidedBy, TriageDecisionKinds.Merge, into, cancellationToken);
    }
}
