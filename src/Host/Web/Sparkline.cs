using System.Globalization;
using System.Text;

namespace Reporting.Host.Web;

/// <summary>
/// A small inline SVG line of weekly counts, drawn on the server (no script, no style attribute: the content security
/// policy allows neither). The line spans the highest count; a run of zeros lies on the baseline.
/// </summary>
public static class Sparkline
{
    public static string Svg(IReadOnlyList<long> counts, string label, int width = 120, int height = 28)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count == 0)
        {
            return "";
        }

        const double Pad = 2;
        var max = Math.Max(1, counts.Max());
        var step = counts.Count > 1 ? (width - 2 * Pad) / (counts.Count - 1) : 0;
        var points = new StringBuilder();
        for (var i = 0; i < counts.Count; i++)
        {
            var x = Pad + i * step;
            var y = height - Pad - (height - 2 * Pad) * counts[i] / max;
            points.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : " ")}{x:0.#},{y:0.#}");
        }

        var last = points.ToString().Split(' ')[^1].Split(',');
        return $"""<svg class="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-label="{Html.E(label)}"><polyline fill="none" stroke="currentColor" stroke-width="1.5" points="{points}"/><circle cx="{last[0]}" cy="{last[1]}" r="2" fill="currentColor"/></svg>""";
    }
}
