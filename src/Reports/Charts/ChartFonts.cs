using Reporting.Reports.Documents;

namespace Reporting.Reports.Charts;

/// <summary>
/// Connects ScottPlot's font lookup to the embedded Noto Sans faces. ScottPlot's own
/// <c>Fonts.AddFontFile</c> needs a file path and opens a second typeface per file; a resolver that
/// hands out <see cref="ReportFonts"/> keeps one typeface per face for text and charts alike.
/// </summary>
public static class ChartFonts
{
    public const string FamilyName = ReportFonts.FamilyName;

    private static readonly Lazy<bool> Registration = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Registers once per process; call before building plots (the chart theme does).</summary>
    public static void EnsureRegistered() => _ = Registration.Value;

    private static bool Register()
    {
        // First in the list so an installed system font of the same name can never win.
        ScottPlot.Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());

        // Labels read Fonts.Default when created, so plots built later start out with Noto Sans too.
        ScottPlot.Fonts.Default = FamilyName;
        ScottPlot.Fonts.Sans = FamilyName;
        ScottPlot.Fonts.DefaultFontStyle = null; // an explicit typeface here would override every label's Bold
        return true;
    }
}
