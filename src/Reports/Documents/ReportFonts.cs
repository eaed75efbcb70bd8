using System.Reflection;
using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>
/// The Noto Sans faces embedded in this assembly, loaded once per process and shared by text and charts.
/// Nothing is looked up among system fonts, so output is the same on every machine.
/// </summary>
public sealed class ReportFonts
{
    /// <summary>The family name stored in the font files.</summary>
    public const string FamilyName = "Noto Sans";

    private static readonly Lazy<ReportFonts> SharedInstance = new(() => new ReportFonts(), LazyThreadSafetyMode.ExecutionAndPublication);

    private ReportFonts()
    {
        Regular = Load("NotoSans-Regular.ttf");
        Bold = Load("NotoSans-Bold.ttf");
        Italic = Load("NotoSans-Italic.ttf");
    }

    public static ReportFonts Shared => SharedInstance.Value;

    // Typefaces are immutable and safe to share across threads; they live as long as the process.
    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    public SKTypeface Italic { get; }

    public SKTypeface Get(FontFace face) => face switch
    {
        FontFace.Bold => Bold,
        FontFace.Italic => Italic,
        _ => Regular,
    };

    private static SKTypeface Load(string fileName)
    {
        var assembly = typeof(ReportFonts).Assembly;
        string resource = $"Reporting.Reports.Fonts.{fileName}";
        using Stream stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Font resource '{resource}' is missing from {assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);

        // The typeface keeps its own reference to the native data, so the managed wrapper can go.
        using SKData data = SKData.CreateCopy(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"Font resource '{resource}' is not a readable font.");
    }
}
