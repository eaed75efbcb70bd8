namespace Reporting.Ingest.Setup;

/// <summary>
/// A person the tickets show working for a team: tickets assigned to them (now or earlier) across all teams and in this
/// team, comments written, and their last activity. <paramref name="Reason"/> says why a candidate is not a member.
/// </summary>
public sealed record ProposedMember(
    string Name, long AssignedTickets, long TeamTickets, long Comments, DateTime LastActive, string? Reason = null)
{
    /// <summary>This team's tickets the person was assigned, commented on or assigned to someone.</summary>
    public long TeamTouched { get; init; }
}
