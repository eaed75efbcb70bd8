namespace Reporting.Host.Application.Notifications;

/// <summary>What a run did with one notification on one channel.</summary>
public sealed record NotifyItem(string Notification, string Channel, string Kind, string Outcome, int Attempts, string Detail)
{
    public const string WouldSend = "would send";
    public const string Sent = "sent";
    public const string Failed = "failed";
}
