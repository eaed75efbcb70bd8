namespace Reporting.Analytics.Owners.Variants;

/// <summary>
/// Chooses tickets by a seeded hash of their id (64-bit FNV-1a of "seed:purpose:id"), not by their position, so the
/// same tickets are chosen whatever order they come in, on every machine and .NET version. The chosen ones keep
/// their original order.
/// </summary>
public static class SeededSample
{
    /// <returns>The <paramref name="count"/> items whose keys are smallest (all of them when there are fewer).</returns>
    public static IReadOnlyList<OwnerTrainingExample> Choose(IReadOnlyList<OwnerTrainingExample> examples, int count, int seed, string purpose)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count >= examples.Count)
            return examples;
        var chosen = examples.Select((e, i) => (Key: Key(seed, purpose, e.Id), e.Id, Index: i))
            .OrderBy(k => k.Key).ThenBy(k => k.Id, StringComparer.Ordinal).ThenBy(k => k.Index)
            .Take(count).Select(k => k.Index).Order().ToList();
        return chosen.Select(i => examples[i]).ToList();
    }

    public static ulong Key(int seed, string purpose, string id)
    {
        const ulong offset = 14695981039346656037, prime = 1099511628211;
        var hash = offset;
        foreach (var c in string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{seed}:{purpose}:{id}"))
        {
            hash = (hash ^ (byte)c) * prime;
            hash = (hash ^ (byte)(c >> 8)) * prime;
        }
        return hash;
    }
}
