namespace Reporting.Ingest.Sources;

/// <summary>
/// Write-back to one source (<c>Sources:NAME:WriteBack</c>): an internal note or comment on the ticket with the suggested
/// owner, similar tickets and missing information, and optionally a tag or label. Off unless enabled.
/// </summary>
public sealed record WriteBackOptions
{
    public const string Threshold = "threshold";
    public const string Accepted = "accepted";

    /// <summary>Write back to this source at all (the source's token then needs write access).</summary>
    public bool Enabled { get; init; }

    /// <summary>Log what would be written, send and record nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// <c>threshold</c>: write when the top suggested owner's probability reaches <see cref="MinProbability"/>;
    /// <c>accepted</c>: write only once a triager accepted or chose an owner in the workspace.
    /// </summary>
    public string Policy { get; init; } = Threshold;

    /// <summary>The probability the top owner needs under the threshold policy (0.5–1).</summary>
    public double MinProbability { get; init; } = 0.8;

    /// <summary>Write the note (Zendesk internal note, Jira comment, GitHub comment).</summary>
    public bool Comment { get; init; } = true;

    /// <summary>
    /// Also add this tag (Zendesk) or label (Jira, GitHub); <c>{owner}</c> is replaced by the owner (<c>triage-{owner}</c>).
    /// None by default.
    /// </summary>
    public string? Tag { get; init; }

    /// <summary>How many similar earlier tickets the note lists (0–10).</summary>
    public int SimilarTickets { get; init; } = 3;

    /// <summary>Only tickets created this recently are written to (an old ticket is not commented on when it changes).</summary>
    public TimeSpan MaxTicketAge { get; init; } = TimeSpan.FromDays(14);

    /// <summary>The most tickets one run writes to (1–1000); the rest wait for the next run.</summary>
    public int MaxPerRun { get; init; } = 100;

    /// <summary>Where the note links back to the ticket's triage page (<c>https://reporting.acme.com</c>); none by default.</summary>
    public string? WorkspaceUrl { get; init; }
}
