using Reporting.Reports.Charts;
using ScottPlot;

namespace Reporting.Reports.Rendering;

/// <summary>
/// Colours with a meaning, the same in every chart: capacity layers, and one colour per team assigned from the
/// whole set of teams (so a team keeps its colour in every report of the same company).
/// </summary>
public static class ReportColors
{
    public static readonly Color Effective = OkabeIto.BluishGreen;
    public static readonly Color Leaked = OkabeIto.Vermillion;
    public static readonly Color Rotation = OkabeIto.Orange;
    public static readonly Color Overflow = OkabeIto.ReddishPurple;
    public static readonly Color Inflow = OkabeIto.Blue;
    public static readonly Color Resolved = OkabeIto.SkyBlue;
    public static readonly Color FirstResponse = OkabeIto.Blue;
    public static readonly Color FirstResponseSlowest = OkabeIto.SkyBlue;
    public static readonly Color Resolution = OkabeIto.Vermillion;
    public static readonly Color ResolutionSlowest = OkabeIto.Orange;

    public static IReadOnlyDictionary<string, Color> Teams(IEnumerable<string> allTeams) => SeriesColors.Assign(allTeams);
}
