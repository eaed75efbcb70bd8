namespace Reporting.Analytics.Owners;

/// <summary>
/// Bounds and switches for <see cref="TicketTextNormalizer"/>. The caps keep prediction latency
/// bounded for tickets that paste megabytes of logs; the first part of a ticket says the most.
/// </summary>
public sealed record TextNormalizationOptions
{
    public bool RemoveStopWords { get; init; } = true;
    public int MaxBodyChars { get; init; } = 20_000;
    /// <summary>300 scored as 600 did on the shared Jira data (top-1 0.463 vs 0.461) and halves the training work.</summary>
    public int MaxBodyTokens { get; init; } = 300;
    public int MaxSubjectTokens { get; init; } = 64;

    /// <summary>
    /// Whether priority, type and tags are features. A suggestion is made when a ticket is filed, but exports carry
    /// these fields as triagers left them later (labels added, priority raised, type corrected), so learning from them
    /// leaks the answer. Off by default: the model sees what a new ticket has (subject, body, product, channel).
    /// Models saved before this switch existed used them, and load with it on.
    /// </summary>
    public bool UseFieldsSetInTriage { get; init; }

    /// <summary>
    /// Whether those fields were rolled back to filing (<see cref="FiledFields"/>) for training and evaluation: set by
    /// <see cref="OwnerClassifier.Train"/> from <see cref="OwnerClassifierOptions.Fields"/> and saved with the model.
    /// </summary>
    public bool FieldsAsFiled { get; init; }

    public static TextNormalizationOptions Default { get; } = new();
}
