using ScottPlot;

namespace Reporting.Reports.Charts;

/// <summary>
/// The Okabe–Ito palette (Okabe &amp; Ito, 2008): eight colours that stay distinguishable for the common
/// forms of colour blindness. <see cref="Colors"/> is ordered for series, strongest contrasts first;
/// black is left out of the series colours because a black bar or line reads as an axis or annotation.
/// </summary>
public sealed class OkabeIto : IPalette
{
    public static readonly Color Orange = Color.FromHex("#E69F00");
    public static readonly Color SkyBlue = Color.FromHex("#56B4E9");
    public static readonly Color BluishGreen = Color.FromHex("#009E73");
    public static readonly Color Yellow = Color.FromHex("#F0E442");
    public static readonly Color Blue = Color.FromHex("#0072B2");
    public static readonly Color Vermillion = Color.FromHex("#D55E00");
    public static readonly Color ReddishPurple = Color.FromHex("#CC79A7");
    public static readonly Color Black = Color.FromHex("#000000");

    public static OkabeIto Instance { get; } = new();

    public Color[] Colors { get; } = [Blue, Orange, BluishGreen, Vermillion, SkyBlue, ReddishPurple, Yellow];

    public string Name => "Okabe-Ito";

    public string Description => "Colour-blind-safe qualitative palette by Masataka Okabe and Kei Ito.";

    public Color GetColor(int index) => Colors[((index % Colors.Length) + Colors.Length) % Colors.Length];
}
