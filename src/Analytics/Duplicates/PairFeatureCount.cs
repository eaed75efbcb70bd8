namespace Reporting.Analytics.Duplicates;

internal static class PairFeatureCount
{
    public static readonly int Value = Enum.GetValues<PairFeature>().Length;
}
