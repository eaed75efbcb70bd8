using Reporting.Warehouse;
using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Reporting.Host.Email;
using Reporting.Host.Jobs;
using Reporting.Host.Service;
using Reporting.Host.Application.Digests;
using Reporting.Host.Application.Privacy;

namespace Reporting.Host.Cli;

/// <summary>
/// <c>reporting digest send --db FILE [--week W] [--pm EMAIL] [--dry-run] [--force]</c>: e-mails the digests now,
/// through the same exactly-once delivery record as the scheduled job. SMTP settings come from the standard
/// configuration (appsettings.json, environment such as Smtp__Host, or --Smtp:Host=... on this command line).
/// </summary>
public static class DigestSendCommand
{
    public static Command Build(TimeProvider time)
    {
        var db = CliOptions.Database();
        var week = new Option<string?>("--week") { Description = "ISO week (default: the last complete week of data)" };
        var pm = new Option<string?>("--pm") { Description = "One product manager's e-mail (default: all)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Render and show what would be sent; send and record nothing" };
        var force = new Option<bool>("--force") { Description = "Send even if already sent or of unknown outcome" };
        var command = new Command("send", "E-mail the weekly digests now (exactly once per PM and week unless --force)")
        {
            db, week, pm, dryRun, force,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var configuration = CliConfiguration.Load(result.UnmatchedTokens);
            var smtp = configuration.GetSection(SmtpOptions.Section).Get<SmtpOptions>() ?? new SmtpOptions();
            var problems = smtp.Validate().ToList();
            if (!result.GetValue(dryRun) && (!smtp.Enabled || problems.Count > 0))
            {
                throw new UserInputException(smtp.Enabled
                    ? string.Join("; ", problems)
                    : "E-mail is not configured: set Smtp:Host, Smtp:Port, Smtp:From (and Smtp:Security, credentials) or use --dry-run.");
            }

            var reporting = Options.Create(new ReportingOptions { Warehouse = result.GetValue(db)! });
            await using var warehouse = new WarehouseAccess(reporting);
            await using var connection = await warehouse.OpenAsync(cancellationToken);
            var masker = PrivacyOptions.FromConfiguration(configuration);
            var digests = new RenderDigests(connection, time, masker);
            var reported = await digests.WeekAsync(result.GetValue(week), cancellationToken);
            var subscriptions = await digests.SubscriptionsAsync(result.GetValue(pm), cancellationToken);
            var postgres = configuration.GetConnectionString(HangfireStorageFactory.ConnectionStringName);
            IDeliveryLog log = string.IsNullOrWhiteSpace(postgres) ? new WarehouseDeliveryLog(warehouse, time) : new PostgresDeliveryLog(postgres, time);
            var mailer = new SmtpMailer(Options.Create(smtp));
            var send = new SendDigest(new DigestDelivery(log, mailer, time, NullLogger<DigestDelivery>.Instance), time, masker);
            var sender = smtp.Enabled ? mailer.Sender : new MimeKit.MailboxAddress("Reporting", "reporting@localhost");

            foreach (var subscription in subscriptions)
            {
                if (result.GetValue(dryRun))
                {
                    var digest = await digests.RenderAsync(subscription, reported, false, cancellationToken);
                    var message = DigestEmail.Compose(digest, sender, masker);
                    using var size = new MimeKit.IO.MeasuringStream();
                    await message.WriteToAsync(size, cancellationToken);
                    Console.WriteLine($"would send to {subscription.PmEmail}: \"{message.Subject}\", {size.Length / 1024} KB with {digest.Report.FileName} ({digest.Report.Pdf.Length / 1024} KB, {digest.Report.Pages} pages)");
                    continue;
                }

                var outcome = await send.RunAsync(digests, subscription, reported, sender, result.GetValue(force), cancellationToken);
                Console.WriteLine($"{subscription.PmEmail}: {outcome}");
            }

            return 0;
        }));
        return command;
    }
}
