namespace Reporting.Analytics.Owners;

/// <summary>How often the suggested owner was the owner finally assigned (top-1 and top-3 acceptance).</summary>
public sealed record SuggestionAccuracy(long Suggested, long Decided, long Top1Accepted, long Top3Accepted, long Abstained)
{
    public double Top1Rate => Decided > 0 ? (double)Top1Accepted / Decided : 0;

    public double Top3Rate => Decided > 0 ? (double)Top3Accepted / Decided : 0;
}
