using System.Globalization;
using Cronos;
using DuckDB.NET.Data;
using Reporting.Host.Email;
using Reporting.Host.Jobs;
using Reporting.Ingest.Sources;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Notifications;

/// <summary>
/// What there is to tell now, each with a key that names the event, so the same event never makes two notifications:
/// Monday's rotation hand-over per team (from <see cref="NotificationOptions.HandoverAt"/> in its time zone), recurring groups
/// that turned growing or regressed since last seen, digests that could not be delivered, and configured sources whose last
/// successful pull is older than two of their scheduled runs.
/// </summary>
public sealed class CollectChatNotices(TimeProvider time)
{
    /// <summary>Growing groups a hand-over lists per team.</summary>
    public const int GroupsPerHandover = 3;

    /// <summary>Recent digest deliveries looked at for failures.</summary>
    public const int DeliveriesLooked = 500;

    /// <summary>Time a pull is given to finish before its source counts as stale (as the health check allows).</summary>
    public static readonly TimeSpan PullGrace = TimeSpan.FromMinutes(5);

    public async Task<ChatNotices> RunAsync(
        DuckDBConnection connection, NotificationOptions options, SourcesConfiguration sources, IReadOnlyList<DeliveryRecord> deliveries,
        CancellationToken cancellationToken)
    {
        var notices = new List<ChatNotice>();
        notices.AddRange(await HandoversAsync(connection, options, cancellationToken));
        var changes = await ChatNotificationQueries.GroupStateChangesAsync(connection, cancellationToken);
        notices.AddRange(changes.Where(c => c.State is "growing" or "regressed").Select(Recurring));
        notices.AddRange(deliveries.Where(d => d.Status is DeliveryStatus.Failed or DeliveryStatus.Unknown).Select(Undelivered));
        notices.AddRange(await StaleSourcesAsync(connection, sources, cancellationToken));
        return new ChatNotices(notices, changes);
    }

    private async Task<IReadOnlyList<ChatNotice>> HandoversAsync(DuckDBConnection connection, NotificationOptions options, CancellationToken cancellationToken)
    {
        var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), DigestSchedule.Zone(options.TimeZone));
        if (local.DayOfWeek != DayOfWeek.Monday || TimeOnly.FromDateTime(local.DateTime) < options.HandoverTime)
        {
            return [];
        }

        var monday = DateOnly.FromDateTime(local.DateTime);
        var growing = await RecurringGroupQueries.GrowingAsync(connection, cancellationToken);
        var week = ISOWeek.GetYear(local.DateTime) + "-W" + ISOWeek.GetWeekOfYear(local.DateTime).ToString("00", CultureInfo.InvariantCulture);
        return (await ChatNotificationQueries.HandoversAsync(connection, monday, cancellationToken)).Select(h =>
        {
            var groups = growing.Where(g => g.Team == h.Team).Take(GroupsPerHandover)
                .Select(g => $"{g.Label} ({g.Tickets} tickets, {g.Customers} customers, {g.State})").ToList();
            return new ChatNotice($"handover:{h.Team}:{monday:yyyy-MM-dd}", ChatNoticeKinds.Handover, h.Team, $"{h.Team}: support rotation {week}",
            [
                h.Engineer is null
                    ? "Nobody is on rotation this week."
                    : $"On rotation: {h.Engineer}" + (h.Buddy is null ? "." : $", with {h.Buddy} as buddy."),
                $"Open backlog: {h.OpenTickets} tickets.",
                groups.Count == 0 ? "Growing recurring bugs: none." : "Growing recurring bugs: " + string.Join("; ", groups) + ".",
            ]);
        }).ToList();
    }

    private static ChatNotice Recurring(GroupStateChange g)
    {
        var since = g.PreviousSeenAt is { } at ? at.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) : "first";
        var turned = g.State == "growing" ? "is growing" : "is back again (regressed)";
        return new ChatNotice($"recurring:{g.Id}:{g.State}:{since}", ChatNoticeKinds.Recurring, g.Team, $"Recurring bug {turned}: {g.Label}",
        [
            $"{g.Tickets} tickets from {g.Customers} customers" + (g.Service is null ? "" : $", service {g.Service}") + (g.Team is null ? "." : $", team {g.Team}."),
            g.PreviousState is null ? $"Group {g.Id} is now {g.State}." : $"Group {g.Id} was {g.PreviousState}, now {g.State}.",
        ]);
    }

    private static ChatNotice Undelivered(DeliveryRecord d) =>
        new($"digest:{d.Subscription}:{d.Week}", ChatNoticeKinds.DigestFailed, null, $"Digest not delivered: {d.Subscription}, {d.Week}",
        [
            d.Status == DeliveryStatus.Unknown
                ? "The hand-over to the mail server was interrupted; it is not resent automatically (reporting digest send --force)."
                : $"The mail server refused it after {d.Attempts} attempt(s).",
            $"Detail: {d.Detail ?? "none recorded"}.",
        ]);

    private async Task<IReadOnlyList<ChatNotice>> StaleSourcesAsync(DuckDBConnection connection, SourcesConfiguration sources, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var freshness = await OperationsQueries.SourceFreshnessAsync(connection, cancellationToken);
        var notices = new List<ChatNotice>();
        foreach (var name in sources.Names.Order(StringComparer.OrdinalIgnoreCase))
        {
            var options = sources.Get(name);
            var f = freshness.FirstOrDefault(x => string.Equals(x.Source, name, StringComparison.OrdinalIgnoreCase));
            if (f?.LastPull is not { } pulled)
            {
                continue; // never pulled: the health check reports it; there is no episode to key yet
            }

            var last = new DateTimeOffset(DateTime.SpecifyKind(pulled, DateTimeKind.Utc));
            var schedule = CronExpression.Parse(options.Schedule, options.Schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6
                ? CronFormat.IncludeSeconds : CronFormat.Standard);
            var zone = DigestSchedule.Zone(options.TimeZone);
            var first = schedule.GetNextOccurrence(last, zone);
            var second = first is null ? null : schedule.GetNextOccurrence(first.Value, zone);
            if (second is null || now <= second.Value + PullGrace)
            {
                continue;
            }

            var failure = f.LastFailure is { } failed && failed > pulled ? $" The last attempt failed at {failed:u}: {f.LastError}" : "";
            notices.Add(new ChatNotice($"source-stale:{name}:{last:yyyyMMddHHmmss}", ChatNoticeKinds.SourceStale, null, $"Source not pulled: {name}",
            [
                $"The last successful pull of '{name}' was at {last:u}, {(now - last).TotalHours:0.#} hours ago; two scheduled pulls ({options.Schedule}) have passed since.{failure}",
            ]));
        }

        return notices;
    }
}
