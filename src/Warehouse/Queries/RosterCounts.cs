namespace Reporting.Warehouse.Queries;

/// <summary>
/// What <see cref="TeamRosterQueries.BuildAsync"/> built: whether the teams came from the team configuration, how many
/// teams and members, how many rotation weeks of the period came from the rotation file, and how many rows that file has.
/// </summary>
public sealed record RosterCounts(bool Configured, long Teams, long Members, long FromFile, long FileRows);
