namespace Reporting.Ingest.Company;

/// <summary>A team: its product manager, its engineers and the services it owns (each service has exactly one owner).</summary>
public sealed record TeamDefinition(
    string Name,
    ProductManager ProductManager,
    IReadOnlyList<TeamMember> Members,
    IReadOnlyList<string> Services);
