using Reporting.Warehouse.Calendar;

namespace Reporting.Analytics.Capacity.Rotation;

/// <summary>
/// One team's planned week: the engineer on rotation (null when nobody can be), their buddy when they are new to
/// it, and why, in words. <see cref="Unmet"/> names a constraint the plan could not keep.
/// </summary>
public sealed record RotationPlanWeek(IsoWeek Week, string Team, string? Engineer, string? Buddy, string Reason, string? Unmet = null);
