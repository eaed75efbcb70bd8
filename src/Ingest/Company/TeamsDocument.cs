namespace Reporting.Ingest.Company;

/// <summary>The content of teams.yaml: every team, who manages it, who works in it and which services it owns.</summary>
public sealed record TeamsDocument(IReadOnlyList<TeamDefinition> Teams);
