using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;
using HarfBuzzBlob = HarfBuzzSharp.Blob;
using HarfBuzzFace = HarfBuzzSharp.Face;
using HarfBuzzFont = HarfBuzzSharp.Font;

namespace Reporting.Reports.Documents;

/// <summary>
/// One font file from this assembly, loaded twice: as a Skia typeface for drawing and as a HarfBuzz font for
/// shaping. Both are immutable once made, so one instance serves every thread for the life of the process.
/// </summary>
internal sealed class EmbeddedFont
{
    private EmbeddedFont(string fileName, SKTypeface typeface, HarfBuzzFont shaping, int unitsPerEm)
    {
        FileName = fileName;
        Typeface = typeface;
        Shaping = shaping;
        UnitsPerEm = unitsPerEm;
    }

    public string FileName { get; }

    public SKTypeface Typeface { get; }

    /// <summary>Scaled to <see cref="UnitsPerEm"/>, so shaped advances and offsets are exact font units.</summary>
    public HarfBuzzFont Shaping { get; }

    public int UnitsPerEm { get; }

    /// <summary>Whether the font's character map has a glyph for <paramref name="codePoint"/>.</summary>
    public bool Covers(int codePoint) => Shaping.TryGetNominalGlyph(codePoint, out uint glyph) && glyph != 0;

    public static EmbeddedFont Load(string fileName)
    {
        var assembly = typeof(EmbeddedFont).Assembly;
        string resource = $"Reporting.Reports.Fonts.{fileName}";
        using Stream stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Font resource '{resource}' is missing from {assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        ReadOnlySpan<byte> bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);

        // The typeface keeps its own reference to the native data, so the managed wrapper can go.
        using SKData data = SKData.CreateCopy(bytes);
        SKTypeface typeface = SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"Font resource '{resource}' is not a readable font.");

        // HarfBuzz reads the font where it lies, so it gets native memory: Blob.FromStream points into a managed
        // array that is pinned only while the blob is made, and a garbage collection can move it afterwards.
        // The blob, face and font stay alive with the HarfBuzz font (each holds a native reference to the next).
        IntPtr native = Marshal.AllocHGlobal(bytes.Length);
        Marshal.Copy(buffer.GetBuffer(), 0, native, bytes.Length);
        using var blob = new HarfBuzzBlob(native, bytes.Length, MemoryMode.ReadOnly, () => Marshal.FreeHGlobal(native));
        blob.MakeImmutable();
        using var face = new HarfBuzzFace(blob, 0);
        face.MakeImmutable();
        int unitsPerEm = face.UnitsPerEm;
        var shaping = new HarfBuzzFont(face);
        shaping.SetFunctionsOpenType();
        shaping.SetScale(unitsPerEm, unitsPerEm);
        return new EmbeddedFont(fileName, typeface, shaping, unitsPerEm);
    }
}
