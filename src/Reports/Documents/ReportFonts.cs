using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>
/// The Noto faces embedded in this assembly, loaded once per process and shared by text and charts: Noto Sans
/// for the three faces, then Arabic, Hebrew, Japanese and emoji fonts that text falls back to, character by
/// character, when Noto Sans lacks a glyph. Nothing is looked up among system fonts, so output is the same on
/// every machine.
/// </summary>
public sealed class ReportFonts
{
    /// <summary>The family name stored in the font files.</summary>
    public const string FamilyName = "Noto Sans";

    private static readonly Lazy<ReportFonts> SharedInstance = new(() => new ReportFonts(), LazyThreadSafetyMode.ExecutionAndPublication);

    // The Japanese font alone is 2.4 MB: the fallbacks load on first use, so chart-only work never pays for them.
    private readonly Lazy<EmbeddedFont> arabic = new(() => EmbeddedFont.Load("NotoSansArabic-Regular.ttf"));
    private readonly Lazy<EmbeddedFont> hebrew = new(() => EmbeddedFont.Load("NotoSansHebrew-Regular.ttf"));
    private readonly Lazy<EmbeddedFont> japanese = new(() => EmbeddedFont.Load("NotoSansJP-Regular.ttf"));
    private readonly Lazy<EmbeddedFont> emoji = new(() => EmbeddedFont.Load("NotoEmoji-Regular.ttf"));

    private ReportFonts()
    {
        RegularFont = EmbeddedFont.Load("NotoSans-Regular.ttf");
        BoldFont = EmbeddedFont.Load("NotoSans-Bold.ttf");
        ItalicFont = EmbeddedFont.Load("NotoSans-Italic.ttf");
    }

    public static ReportFonts Shared => SharedInstance.Value;

    // Typefaces are immutable and safe to share across threads; they live as long as the process.
    public SKTypeface Regular => RegularFont.Typeface;

    public SKTypeface Bold => BoldFont.Typeface;

    public SKTypeface Italic => ItalicFont.Typeface;

    internal EmbeddedFont RegularFont { get; }

    internal EmbeddedFont BoldFont { get; }

    internal EmbeddedFont ItalicFont { get; }

    internal EmbeddedFont Emoji => emoji.Value;

    /// <summary>Whether <paramref name="font"/> is the emoji font, without loading it to find out.</summary>
    internal bool IsEmoji(EmbeddedFont font) => emoji.IsValueCreated && font == emoji.Value;

    /// <summary>
    /// Tried in this order after the face's own font. Only regular weights ship: bold Japanese would double the
    /// largest font, so bold and italic text in these scripts prints in the regular weight.
    /// </summary>
    internal IEnumerable<EmbeddedFont> Fallbacks
    {
        get
        {
            yield return arabic.Value;
            yield return hebrew.Value;
            yield return japanese.Value;
            yield return emoji.Value;
        }
    }

    public SKTypeface Get(FontFace face) => Font(face).Typeface;

    internal EmbeddedFont Font(FontFace face) => face switch
    {
        FontFace.Bold => BoldFont,
        FontFace.Italic => ItalicFont,
        _ => RegularFont,
    };
}
