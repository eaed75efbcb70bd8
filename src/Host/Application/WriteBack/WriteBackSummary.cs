namespace Reporting.Host.Application.WriteBack;

/// <summary>What one write-back run did, action by action, and how many actions it found already recorded.</summary>
public sealed record WriteBackSummary(IReadOnlyList<string> Sources, bool DryRun, IReadOnlyList<WriteBackItem> Items, int AlreadyRecorded)
{
    public int Written => Items.Count(i => i.Outcome == WriteBackItem.Written);

    public int Failed => Items.Count(i => i.Outcome == WriteBackItem.Failed);

    public int WouldWrite => Items.Count(i => i.Outcome == WriteBackItem.WouldWrite);
}
