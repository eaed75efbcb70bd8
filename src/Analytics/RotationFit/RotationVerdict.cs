namespace Reporting.Analytics.RotationFit;

/// <summary>Whether the engineer on rotation should take a ticket on or pass it to the team's backlog.</summary>
public enum RotationVerdict
{
    /// <summary>Nine in ten tickets like it were resolved within the time the rotation has left.</summary>
    Fits,

    /// <summary>Half of the tickets like it were resolved within the rotation's remaining time, not nine in ten.</summary>
    Tight,

    /// <summary>Most tickets like it took longer than the rotation has left, or this one is already older than nine in ten took.</summary>
    Backlog,

    /// <summary>No range (too little history) or no rotation on record for the ticket's team this week.</summary>
    Unknown,
}
