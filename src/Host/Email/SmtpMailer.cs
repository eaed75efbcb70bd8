using Reporting.Warehouse;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Reporting.Host.Email;

/// <summary>MailKit over SMTP, split where the delivery protocol needs it: connecting (safe to retry) and handing over.</summary>
public sealed class SmtpMailer(IOptions<SmtpOptions> options)
{
    public SmtpOptions Options => options.Value;

    public async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            throw new UserInputException("E-mail is not configured: set Smtp:Host, Smtp:Port and Smtp:From.");
        }

        var client = new SmtpClient { Timeout = o.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(o.Host, o.Port, o.Security, cancellationToken);
            if (!string.IsNullOrEmpty(o.Username))
            {
                await client.AuthenticateAsync(o.Username, o.Password ?? "", cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public MailboxAddress Sender => new(options.Value.FromName, options.Value.From);
}
