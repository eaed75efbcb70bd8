namespace Reporting.Host.Application.Notifications;

/// <summary>What one notification run did, and how many notifications it found already recorded.</summary>
public sealed record NotifySummary(IReadOnlyList<string> Channels, bool DryRun, IReadOnlyList<NotifyItem> Items, int AlreadyRecorded)
{
    public int Sent => Items.Count(i => i.Outcome == NotifyItem.Sent);

    public int Failed => Items.Count(i => i.Outcome == NotifyItem.Failed);
}
