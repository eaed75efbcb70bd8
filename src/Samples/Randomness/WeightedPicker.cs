namespace Reporting.Samples;

/// <summary>Fast repeated weighted choice over a fixed list (cumulative weights and binary search).</summary>
internal sealed class WeightedPicker<T>
{
    private readonly IReadOnlyList<T> _items;
    private readonly double[] _cumulative;

    public WeightedPicker(IReadOnlyList<T> items, Func<T, double> weight)
    {
        if (items.Count == 0)
        {
            throw new ArgumentException("Cannot pick from an empty list.", nameof(items));
        }

        _items = items;
        _cumulative = new double[items.Count];
        var total = 0.0;
        for (var i = 0; i < items.Count; i++)
        {
            total += Math.Max(0, weight(items[i]));
            _cumulative[i] = total;
        }

        if (total <= 0)
        {
            throw new ArgumentException("At least one weight must be positive.", nameof(weight));
        }
    }

    public T Pick(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        index = index < 0 ? ~index : index + 1;
        return _items[Math.Min(index, _items.Count - 1)];
    }
}
