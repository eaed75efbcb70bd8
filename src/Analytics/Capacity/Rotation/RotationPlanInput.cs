using Reporting.Warehouse.Calendar;

namespace Reporting.Analytics.Capacity.Rotation;

/// <summary>What the planner knows: each team's members, who is away when, who has done rotation before, who knows what.</summary>
public sealed record RotationPlanInput(
    IReadOnlyList<PlanTeam> Teams,
    IReadOnlyList<PlanAbsence> Absences,
    IReadOnlyList<PastRotation> History);

/// <summary>A team, its members, the services its tickets hit most, and each member's recent work on them.</summary>
public sealed record PlanTeam(string Team, IReadOnlyList<string> Members, IReadOnlyList<string> TopServices, IReadOnlyDictionary<string, double> Expertise);

/// <summary>Days away, inclusive.</summary>
public sealed record PlanAbsence(string Engineer, DateOnly Start, DateOnly End);

/// <summary>A week someone was on rotation for a team, before the planned period.</summary>
public sealed record PastRotation(IsoWeek Week, string Team, string Engineer);
