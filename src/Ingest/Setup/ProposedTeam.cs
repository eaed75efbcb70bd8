namespace Reporting.Ingest.Setup;

/// <summary>
/// A team as the tickets show it: its members, the people who might be (commented out in the draft), and the services
/// it handles most. <paramref name="ServicePlaceholder"/>: no ticket named a service, so the team's name stands in.
/// </summary>
public sealed record ProposedTeam(
    string Name,
    long Tickets,
    DateTime LastTicket,
    IReadOnlyList<ProposedMember> Members,
    IReadOnlyList<ProposedMember> Candidates,
    int MoreCandidates,
    IReadOnlyList<ProposedService> Services,
    bool ServicePlaceholder)
{
    /// <summary>Nobody was assigned the team's tickets, so its members are the people who commented on them.</summary>
    public bool MembersFromComments { get; init; }
}
