namespace Reporting.Host.Email;

/// <summary>One digest for one subscriber and ISO week: what "exactly once" is counted against.</summary>
public sealed record DeliveryKey(string Subscription, string Week)
{
    /// <summary>The same Message-ID on every attempt, so a mailbox that dedupes by it shows one digest.</summary>
    public string MessageId => $"digest-{Week}-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Subscription.ToLowerInvariant())))[..16]}@reporting";
}
