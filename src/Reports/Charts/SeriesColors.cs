using System.Text;
using ScottPlot;

namespace Reporting.Reports.Charts;

/// <summary>
/// Stable colours per series key ("Billing" is the same colour in every chart, every run, on every machine).
/// Uses FNV-1a over the normalised key because string.GetHashCode is randomised per process.
/// </summary>
public static class SeriesColors
{
    /// <summary>The key's own colour; different keys can share one, see <see cref="Assign"/>.</summary>
    public static Color For(string? key) => OkabeIto.Instance.GetColor(Slot(key));

    /// <summary>
    /// Colours for keys drawn together: each key gets its own colour when its slot is free, otherwise the next
    /// free one. Keys are taken in ordinal order, so the result depends only on the set of keys, not their order.
    /// With more keys than palette colours, colours repeat.
    /// </summary>
    public static IReadOnlyDictionary<string, Color> Assign(IEnumerable<string?> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Color[] palette = OkabeIto.Instance.Colors;
        var taken = new bool[palette.Length];
        int free = palette.Length;
        var result = new Dictionary<string, Color>(StringComparer.Ordinal);
        foreach (string key in keys.Select(k => k ?? string.Empty).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            int slot = Slot(key);
            if (free == 0)
            {
                Array.Clear(taken);
                free = palette.Length;
            }

            while (taken[slot])
            {
                slot = (slot + 1) % palette.Length;
            }

            taken[slot] = true;
            free--;
            result[key] = palette[slot];
        }

        return result;
    }

    private static int Slot(string? key)
    {
        string normalised = (key ?? string.Empty).Trim().ToUpperInvariant();
        uint hash = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(normalised))
        {
            hash = (hash ^ b) * 16777619;
        }

        return (int)(hash % (uint)OkabeIto.Instance.Colors.Length);
    }
}
