namespace Reporting.Analytics.Readiness;

/// <summary>A detector that is a table of cues, tried in order; the first that matches is the evidence.</summary>
public abstract class CueDetector : IReadinessDetector
{
    /// <summary>Quotes are cut to this length so the page shows a hint, not a paragraph.</summary>
    public const int EvidenceChars = 80;

    public abstract ReadinessItem Item { get; }

    public abstract IReadOnlyList<ReadinessCue> Cues { get; }

    public virtual ReadinessCheck Check(ReadinessText text)
    {
        foreach (var cue in Cues)
        {
            if (cue.FirstMatch(text) is { } match)
            {
                return new ReadinessCheck(Item, true, cue.Name, Quote(match.Value));
            }
        }

        return new ReadinessCheck(Item, false, null, null);
    }

    protected static string Quote(string text)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= EvidenceChars ? oneLine : oneLine[..(EvidenceChars - 1)] + "…";
    }
}
