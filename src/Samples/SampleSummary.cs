using Reporting.Ingest.Company;

namespace Reporting.Samples;

/// <summary>What the generator wrote: counts for the console and the facts tests and ingest code need.</summary>
public sealed record SampleSummary
{
    public required int Seed { get; init; }
    public required DateOnly FirstDay { get; init; }
    public required DateOnly LastDay { get; init; }
    public required string FirstWeek { get; init; }
    public required string LastWeek { get; init; }
    public required int Teams { get; init; }
    public required int Services { get; init; }
    public required int ProductManagers { get; init; }
    public required int Engineers { get; init; }
    public required int Customers { get; init; }
    public required int RotationRows { get; init; }
    public required int Releases { get; init; }
    public required int RegressionReleases { get; init; }
    public required int Absences { get; init; }

    /// <summary>Valid ticket rows (malformed rows not included).</summary>
    public required int Tickets { get; init; }

    public required int Events { get; init; }
    public required int BugFamilies { get; init; }
    public required int FamilyTickets { get; init; }
    public required int DuplicateTickets { get; init; }
    public required int ReleaseTailTickets { get; init; }
    public required int UnroutedTickets { get; init; }

    /// <summary>Tickets that were filed with the wrong team and later moved (they have a team_changed event).</summary>
    public required int BouncedTickets { get; init; }

    /// <summary>Tickets whose team column is still the wrong team.</summary>
    public required int MisroutedTickets { get; init; }

    public required int UnassignedTickets { get; init; }
    public required int UnresolvedTickets { get; init; }
    public required int ReopenedTickets { get; init; }
    public required int TicketsWithSecrets { get; init; }
    public required IReadOnlyList<MalformedRow> MalformedRows { get; init; }
    public required IReadOnlyList<GeneratedFile> Files { get; init; }
}
