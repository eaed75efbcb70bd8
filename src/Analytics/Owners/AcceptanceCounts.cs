namespace Reporting.Analytics.Owners;

/// <summary>
/// Tickets decided with a suggestion shown, those routed to the shown top-1 owner and to one of the shown top three,
/// and those decided while no suggestion was shown (not in the rates). Rates are null when nothing was decided.
/// </summary>
public sealed record AcceptanceCounts(long Decided, long Top1, long Top3, long Unsuggested)
{
    public static readonly AcceptanceCounts None = new(0, 0, 0, 0);

    public double? Top1Rate => Decided > 0 ? (double)Top1 / Decided : null;

    public double? Top3Rate => Decided > 0 ? (double)Top3 / Decided : null;

    public static AcceptanceCounts Sum(IEnumerable<AcceptanceCounts> counts) =>
        counts.Aggregate(None, (a, b) => new AcceptanceCounts(a.Decided + b.Decided, a.Top1 + b.Top1, a.Top3 + b.Top3, a.Unsuggested + b.Unsuggested));
}
