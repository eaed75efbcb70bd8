using Reporting.Warehouse.Calendar;

namespace Reporting.Analytics.Capacity.Rotation;

/// <summary>
/// One team's planned week: the engineer on rotation (null when nobody can be), their buddy when they are new to
/// it, and why, in words. <see cref="Unmet"/> names a constraint the plan could not keep. In a rotation group,
/// <see cref="Rotation"/> names the group and <see cref="Team"/> is the engineer's own team (the group's name when
/// nobody can be planned).
/// </summary>
public sealed record RotationPlanWeek(
    IsoWeek Week, string Team, string? Engineer, string? Buddy, string Reason, string? Unmet = null, string? Rotation = null,
    IReadOnlyList<string>? GroupTeams = null)
{
    /// <summary>
    /// The rotation rows this week stores (rotation.csv's week, team, engineer, buddy): one for the engineer's team, and
    /// in a group one for each other team of the group with the same engineer, so capacity sees that team's rotation
    /// taken by someone outside it (no rotation hours of its own) instead of filling the week with one of its members.
    /// </summary>
    public IEnumerable<(IsoWeek Week, string Team, string Engineer, string? Buddy)> Rows() =>
        Engineer is null
            ? []
            : new[] { Team }.Concat((GroupTeams ?? []).Where(t => t != Team).Order(StringComparer.Ordinal)).Select(t => (Week, t, Engineer, Buddy));
}
