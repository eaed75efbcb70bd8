namespace Reporting.Analytics.Owners;

/// <summary>
/// Splits items by time: the oldest share goes to the first part, the newest to the second.
/// Ticket routing drifts (teams and components appear, merge, disappear), so a random split
/// would overstate how well a model does on next month's tickets.
/// </summary>
public static class TimeOrderedSplit
{
    /// <returns>The oldest floor(n * earlierFraction) items, then the rest; each in time order.</returns>
    public static (IReadOnlyList<T> Earlier, IReadOnlyList<T> Later) Split<T>(
        IEnumerable<T> items, Func<T, DateTime> timeOf, double earlierFraction)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(timeOf);
        if (earlierFraction is < 0 or > 1 || double.IsNaN(earlierFraction))
            throw new ArgumentOutOfRangeException(nameof(earlierFraction), earlierFraction, "Must be within [0, 1].");

        // OrderBy is stable, so ties keep the input order and the split is reproducible.
        var ordered = items.OrderBy(timeOf).ToList();
        var cut = (int)Math.Floor(ordered.Count * earlierFraction);
        return (ordered.GetRange(0, cut), ordered.GetRange(cut, ordered.Count - cut));
    }

    public static (IReadOnlyList<OwnerTrainingExample> Earlier, IReadOnlyList<OwnerTrainingExample> Later) Split(
        IEnumerable<OwnerTrainingExample> examples, double earlierFraction) =>
        Split(examples, e => e.CreatedAt, earlierFraction);
}
