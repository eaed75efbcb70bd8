namespace Reporting.Reports.Documents;

/// <summary>Whether a key figure's change is good, bad or neither; picks the delta line's colour.</summary>
public enum Trend
{
    Neutral,
    Good,
    Bad,
}
