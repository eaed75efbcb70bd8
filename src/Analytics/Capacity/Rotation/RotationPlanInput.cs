using Reporting.Warehouse.Calendar;

namespace Reporting.Analytics.Capacity.Rotation;

/// <summary>What the planner knows: each team's members, who is away when, who has done rotation before, who knows what.</summary>
public sealed record RotationPlanInput(
    IReadOnlyList<PlanTeam> Teams,
    IReadOnlyList<PlanAbsence> Absences,
    IReadOnlyList<PastRotation> History);

/// <summary>
/// A team (or a rotation group's pool), its members, the services its tickets hit most, and each member's recent work
/// on them. A pool knows each member's own team (<paramref name="Homes"/>): the rotation is stored for that team.
/// </summary>
public sealed record PlanTeam(
    string Team, IReadOnlyList<string> Members, IReadOnlyList<string> TopServices, IReadOnlyDictionary<string, double> Expertise,
    IReadOnlyDictionary<string, string>? Homes = null)
{
    /// <summary>The configured team whose rotation the member's week is.</summary>
    public string HomeOf(string member) => Homes?.GetValueOrDefault(member) ?? Team;

    /// <summary>The teams whose past rotations count for this pool.</summary>
    public bool Covers(string team) => Homes is null ? team == Team : Homes.Values.Contains(team, StringComparer.Ordinal);

    /// <summary>A rotation group rather than one team.</summary>
    public bool IsGroup => Homes is not null;
}

/// <summary>Days away, inclusive.</summary>
public sealed record PlanAbsence(string Engineer, DateOnly Start, DateOnly End);

/// <summary>A week someone was on rotation for a team, before the planned period.</summary>
public sealed record PastRotation(IsoWeek Week, string Team, string Engineer);
