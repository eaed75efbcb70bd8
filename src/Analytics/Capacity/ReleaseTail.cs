namespace Reporting.Analytics.Capacity;

/// <summary>Bug and incident tickets in the three weeks after one release, against the service's baseline.</summary>
public sealed record ReleaseTail(
    string Service, string Version, DateOnly ReleasedOn, string? Team, long Week0, long Week1, long Week2,
    double BaselinePerWeek, double ExcessTickets, double SupportHours, long ObservedDays)
{
    /// <summary>Whether tail week <paramref name="index"/> (0–2) was observed before the next release or the end of the data.</summary>
    public bool Observed(int index) => ObservedDays > 7 * index;

    public long Tickets => Week0 + Week1 + Week2;
}
