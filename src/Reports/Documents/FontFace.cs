namespace Reporting.Reports.Documents;

/// <summary>The font faces shipped with the layer (Noto Sans).</summary>
public enum FontFace
{
    Regular,
    Bold,
    Italic,
}
