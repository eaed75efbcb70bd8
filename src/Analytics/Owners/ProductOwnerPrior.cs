namespace Reporting.Analytics.Owners;

/// <summary>
/// Which owners were seen with which product in training. A ticket's product is known when it is
/// filed, so owners never seen with that product are down-weighted by a factor (0 removes them).
/// Tickets without a product, or with one never seen, keep the model's distribution.
/// </summary>
public sealed class ProductOwnerPrior
{
    private readonly Dictionary<string, HashSet<int>> _ownersByProduct;

    public ProductOwnerPrior(IReadOnlyDictionary<string, IReadOnlyCollection<int>> ownersByProduct, double unseenOwnerFactor)
    {
        ArgumentNullException.ThrowIfNull(ownersByProduct);
        if (unseenOwnerFactor is < 0 or > 1 || double.IsNaN(unseenOwnerFactor))
            throw new ArgumentOutOfRangeException(nameof(unseenOwnerFactor), unseenOwnerFactor, "Must be within [0, 1].");
        _ownersByProduct = ownersByProduct.ToDictionary(p => p.Key, p => p.Value.ToHashSet(), StringComparer.OrdinalIgnoreCase);
        UnseenOwnerFactor = unseenOwnerFactor;
    }

    public double UnseenOwnerFactor { get; }

    public IReadOnlyDictionary<string, IReadOnlyCollection<int>> OwnersByProduct =>
        _ownersByProduct.ToDictionary(p => p.Key, p => (IReadOnlyCollection<int>)p.Value.Order().ToList());

    public static ProductOwnerPrior FromExamples(IEnumerable<(string? Product, int OwnerIndex)> examples, double unseenOwnerFactor)
    {
        var map = new Dictionary<string, HashSet<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (product, owner) in examples)
        {
            if (string.IsNullOrWhiteSpace(product))
                continue;
            if (!map.TryGetValue(product, out var owners))
                map[product] = owners = [];
            owners.Add(owner);
        }
        return new ProductOwnerPrior(map.ToDictionary(p => p.Key, p => (IReadOnlyCollection<int>)p.Value), unseenOwnerFactor);
    }

    public ProductOwnerPrior WithFactor(double unseenOwnerFactor) =>
        new(_ownersByProduct.ToDictionary(p => p.Key, p => (IReadOnlyCollection<int>)p.Value), unseenOwnerFactor);

    /// <summary>Re-weights and renormalises in place.</summary>
    public void Apply(double[] probabilities, string? product)
    {
        if (UnseenOwnerFactor >= 1 || string.IsNullOrWhiteSpace(product) || !_ownersByProduct.TryGetValue(product, out var owners))
            return;
        var keptSum = 0.0;
        for (var i = 0; i < probabilities.Length; i++)
            keptSum += owners.Contains(i) ? probabilities[i] : probabilities[i] * UnseenOwnerFactor;
        // If the model put all its mass on owners never seen with this product, trust the model.
        if (keptSum <= 0)
            return;
        for (var i = 0; i < probabilities.Length; i++)
            probabilities[i] = (owners.Contains(i) ? probabilities[i] : probabilities[i] * UnseenOwnerFactor) / keptSum;
    }
}
