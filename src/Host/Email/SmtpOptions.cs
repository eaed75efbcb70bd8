using MailKit.Security;

namespace Reporting.Host.Email;

/// <summary>How digests are sent (section <c>Smtp</c>). Credentials come from configuration or environment and are never logged.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>Empty: e-mail is off (digests can still be rendered and downloaded).</summary>
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    /// <summary>Auto, None, StartTls, StartTlsWhenAvailable or SslOnConnect.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "";

    public string FromName { get; set; } = "Reporting";

    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>
    /// How long one process holds a delivery while it renders, connects and hands the message over. Another
    /// process treats the delivery as busy until then; a claim left in Sending after it becomes Unknown.
    /// </summary>
    public int DeliveryLeaseSeconds { get; set; } = 300;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public IEnumerable<string> Validate()
    {
        if (!Enabled)
        {
            yield break;
        }

        if (Port is < 1 or > 65535)
        {
            yield return $"Smtp:Port must be 1–65535, not {Port}";
        }

        if (DeliveryLeaseSeconds < TimeoutSeconds + 10 || DeliveryLeaseSeconds > 86_400)
        {
            yield return $"Smtp:DeliveryLeaseSeconds must be at least Smtp:TimeoutSeconds + 10 and at most 86400, not {DeliveryLeaseSeconds}";
        }

        if (!MimeKit.MailboxAddress.TryParse(From, out _))
        {
            yield return $"Smtp:From must be an e-mail address when Smtp:Host is set (got '{From}')";
        }

        if (!string.IsNullOrEmpty(Username) && string.IsNullOrEmpty(Password))
        {
            yield return "Smtp:Password is required when Smtp:Username is set (use the environment variable Smtp__Password)";
        }
    }
}
