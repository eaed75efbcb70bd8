using DuckDB.NET.Data;
using Reporting.Host.Email;
using Reporting.Ingest.Sources;
using Reporting.Ingest.Sources.Http;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Notifications;

/// <summary>
/// Sends each notice to each channel that wants it, once: the (notice, channel) pair is claimed in
/// <c>chat_notifications</c> before the request, then marked sent, or failed once the connectors' client has used its
/// retries (429 Retry-After, 5xx, timeouts). Recurring-group states are remembered after their notices are claimed.
/// </summary>
public sealed class SendChatNotifications(CollectChatNotices collect, TimeProvider time, ILogger<SendChatNotifications> logger)
{
    public async Task<NotifySummary> RunAsync(
        DuckDBConnection connection, NotificationOptions options, SourcesConfiguration sources, IReadOnlyList<DeliveryRecord> deliveries,
        NotifyRun run, CancellationToken cancellationToken)
    {
        var found = await collect.RunAsync(connection, options, sources, deliveries, cancellationToken);
        var items = new List<NotifyItem>();
        var alreadyRecorded = 0;
        foreach (var (name, channel) in options.Channels.OrderBy(c => c.Key, StringComparer.OrdinalIgnoreCase))
        {
            var wanted = found.Notices.Where(n => Wants(channel, n)).ToList();
            if (wanted.Count == 0)
            {
                continue;
            }

            var url = new Uri(channel.Url);
            using var client = new SourceHttpClient($"chat channel {name}",
                new SourceOptions { Kind = "chat", BaseUrl = url.GetLeftPart(UriPartial.Authority), Retry = channel.Retry }, time, url.PathAndQuery.TrimStart('/'));
            foreach (var notice in wanted)
            {
                var payload = ChatPayloads.For(channel.Kind, notice);
                if (run.DryRun)
                {
                    if (await ChatNotificationQueries.RecordedAsync(connection, notice.Key, name, cancellationToken))
                    {
                        alreadyRecorded++;
                        continue;
                    }

                    logger.LogInformation("Notification dry run: would post to {Channel} ({Kind}): {Payload}", name, channel.Kind, payload);
                    items.Add(new NotifyItem(notice.Key, name, notice.Kind, NotifyItem.WouldSend, 0, payload));
                    continue;
                }

                if (!await ChatNotificationQueries.ClaimAsync(connection, notice.Key, name, notice.Kind, run.RetryFailed, time.GetUtcNow().UtcDateTime, cancellationToken))
                {
                    alreadyRecorded++;
                    continue;
                }

                items.Add(await SendAsync(connection, client, url, name, notice, payload, cancellationToken));
            }
        }

        if (!run.DryRun)
        {
            foreach (var change in found.GroupChanges)
            {
                await ChatNotificationQueries.SeeAsync(connection, change.Id, change.State, time.GetUtcNow().UtcDateTime, CancellationToken.None);
            }
        }

        return new NotifySummary(options.Channels.Keys.Order(StringComparer.OrdinalIgnoreCase).ToList(), run.DryRun, items, alreadyRecorded);
    }

    private static bool Wants(ChatChannelOptions channel, ChatNotice notice) =>
        (channel.Events.Count == 0 || channel.Events.Contains(notice.Kind))
        && (channel.Teams.Count == 0 || notice.Kind is not (ChatNoticeKinds.Handover or ChatNoticeKinds.Recurring)
            || (notice.Team is not null && channel.Teams.Contains(notice.Team, StringComparer.OrdinalIgnoreCase)));

    private async Task<NotifyItem> SendAsync(
        DuckDBConnection connection, SourceHttpClient client, Uri url, string channel, ChatNotice notice, string payload, CancellationToken cancellationToken)
    {
        var retriesBefore = client.Retries;
        string outcome, detail;
        try
        {
            var response = await client.SendJsonAsync(HttpMethod.Post, url.PathAndQuery.TrimStart('/'), payload, cancellationToken);
            (outcome, detail) = (NotifyItem.Sent, $"{(int)response.Status} {response.ReasonPhrase}");
        }
        catch (SourceException ex)
        {
            (outcome, detail) = (NotifyItem.Failed, ex.Message);
        }

        var attempts = client.Retries - retriesBefore + 1;
        await ChatNotificationQueries.MarkAsync(connection, notice.Key, channel, outcome == NotifyItem.Sent ? ChatNotificationQueries.Sent : ChatNotificationQueries.Failed,
            attempts, detail, time.GetUtcNow().UtcDateTime, CancellationToken.None);
        logger.Log(outcome == NotifyItem.Sent ? LogLevel.Information : LogLevel.Warning,
            "Notification {Outcome}: {Notification} to {Channel} after {Attempts} attempt(s): {Detail}", outcome, notice.Key, channel, attempts, detail);
        return new NotifyItem(notice.Key, channel, notice.Kind, outcome, attempts, detail);
    }
}
