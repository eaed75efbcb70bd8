namespace Reporting.Ingest.Setup;

/// <summary>How strict <see cref="CompanyProposer"/> is about who counts as a member of a team.</summary>
public sealed record ProposalOptions
{
    /// <summary>A person becomes a member after this many assigned tickets; fewer are listed as candidates in comments.</summary>
    public int MinAssignedTickets { get; init; } = 3;

    /// <summary>A person silent for longer than this before the newest activity in the warehouse is listed as a candidate, not a member.</summary>
    public int ActiveWeeks { get; init; } = 26;

    /// <summary>Candidates listed (commented out) under each team, most active first.</summary>
    public int CandidatesPerTeam { get; init; } = 5;

    /// <summary>Weekly hours written for every proposed member (part-timers are for the reader to set).</summary>
    public int WeeklyHours { get; init; } = 40;
}
