using DuckDB.NET.Data;
using Reporting.Reports.Privacy;
using Reporting.Warehouse;
using Reporting.Warehouse.Calendar;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Recurring;

/// <summary>One recurring-bug group with its tickets (to split) and the groups it could be merged into.</summary>
public sealed class ReadRecurringGroup(TextMasker masker)
{
    /// <summary>The clusterer's default size cap: every member of a group fits.</summary>
    public const int MembersShown = 500;

    /// <summary>Merge targets offered, largest groups first.</summary>
    public const int MergeTargetsShown = 200;

    public async Task<RecurringGroupView> RunAsync(DuckDBConnection connection, string id, CancellationToken cancellationToken)
    {
        var head = await RecurringGroupQueries.GroupAsync(connection, id, cancellationToken)
                   ?? throw new NotFoundException($"No recurring group '{id}': it may have been merged or split by the latest grouping.");
        var week = IsoWeek.Of(await TicketQueries.NewestCreatedAsync(connection, cancellationToken) ?? head.LastSeen);
        var weekly = await RecurringGroupQueries.WeeklyAsync(connection, [id], WeeklyTickets.First(week).StartUtc, week.AddWeeks(1).StartUtc, cancellationToken);
        var counts = WeeklyTickets.Of(weekly, week);
        var (owner, decided) = await RecurringGroupQueries.OwnerAsync(connection, id, cancellationToken);
        var members = (await RecurringGroupQueries.MembersAsync(connection, id, MembersShown, cancellationToken))
            .Select(m => m with { Subject = masker.Mask(m.Subject) }).ToList();
        var targets = (await RecurringGroupQueries.OthersAsync(connection, id, MergeTargetsShown, cancellationToken))
            .Select(g => g with { Label = masker.Mask(g.Label) }).ToList();
        // Growth as the list computes it: the four weeks up to the week shown against the four before (12 weeks hold both).
        var line = new RecurringGroupLine(
            head.Id, masker.Mask(head.Label), head.State, owner ?? head.Service ?? head.Team, decided, counts[^1], head.Tickets, head.Customers,
            counts.TakeLast(4).Sum(), counts.SkipLast(4).TakeLast(4).Sum(), counts);
        return new RecurringGroupView(line, week, head.Team, head.Service, head.FirstSeen, head.LastSeen, members, targets);
    }
}
