using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Reporting.Host.Application.Notifications;
using Reporting.Host.Email;
using Reporting.Host.Jobs;
using Reporting.Host.Service;
using Reporting.Ingest.Sources;
using Reporting.Warehouse;

namespace Reporting.Host.Cli;

/// <summary>
/// <c>reporting notify run --db FILE [--dry-run] [--retry-failed] [--json]</c>: looks for what the chat channels should be
/// told and sends it now, through the same once-only record as the service's job.
/// </summary>
public static class NotifyCommand
{
    public static Command Build(TimeProvider time)
    {
        var db = CliOptions.Database();
        var dryRun = new Option<bool>("--dry-run") { Description = "Print each message that would be posted; send and record nothing" };
        var retryFailed = new Option<bool>("--retry-failed") { Description = "Send again the notifications recorded as failed" };
        var json = CliOptions.Json();
        var run = new Command("run", "Send chat notifications (rotation hand-over, recurring bugs, undelivered digests, stale sources) once each")
        {
            db, dryRun, retryFailed, json,
        };
        run.TreatUnmatchedTokensAsErrors = false;
        run.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var configuration = CliConfiguration.Load(result.UnmatchedTokens);
            var options = NotificationOptions.From(configuration);
            if (options.Channels.Count == 0)
            {
                throw new UserInputException("No chat channel is configured: set Notifications:Channels:NAME:Kind and Url.");
            }

            var sources = SourcesConfiguration.From(configuration);
            var reporting = Options.Create(new ReportingOptions { Warehouse = result.GetValue(db)! });
            if (!File.Exists(reporting.Value.Warehouse))
            {
                throw new FileNotFoundException($"No warehouse at {reporting.Value.Warehouse}.");
            }

            await using var warehouse = new WarehouseAccess(reporting);
            var postgres = configuration.GetConnectionString(HangfireStorageFactory.ConnectionStringName);
            IDeliveryLog log = string.IsNullOrWhiteSpace(postgres) ? new WarehouseDeliveryLog(warehouse, time) : new PostgresDeliveryLog(postgres, time);
            var recent = await log.RecentAsync(CollectChatNotices.DeliveriesLooked, cancellationToken);
            await using var connection = await warehouse.OpenAsync(cancellationToken);
            var send = new SendChatNotifications(new CollectChatNotices(time), time, NullLogger<SendChatNotifications>.Instance);
            var summary = await send.RunAsync(connection, options, sources, recent,
                new NotifyRun(result.GetValue(dryRun), result.GetValue(retryFailed)), cancellationToken);
            if (result.GetValue(json))
            {
                JsonOutput.Write(new { summary.Channels, summary.DryRun, summary.Sent, summary.Failed, summary.AlreadyRecorded, summary.Items });
            }
            else
            {
                foreach (var item in summary.Items)
                {
                    Console.WriteLine(item.Outcome == NotifyItem.WouldSend
                        ? $"would post to {item.Channel}: {item.Notification}: {item.Detail}"
                        : $"{item.Outcome}: {item.Notification} to {item.Channel} after {item.Attempts} attempt(s): {item.Detail}");
                }

                Console.WriteLine($"Notifications{(summary.DryRun ? " (dry run)" : "")}: {summary.Sent} sent, {summary.Failed} failed, " +
                                  $"{summary.Items.Count(i => i.Outcome == NotifyItem.WouldSend)} would be sent, {summary.AlreadyRecorded} already recorded.");
            }

            return summary.Failed > 0 ? 2 : 0;
        }));
        return new Command("notify", "Chat notifications through Slack and Microsoft Teams incoming webhooks") { run };
    }
}
