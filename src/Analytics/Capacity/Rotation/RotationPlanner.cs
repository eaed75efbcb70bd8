using System.Globalization;
using Reporting.Warehouse.Calendar;

namespace Reporting.Analytics.Capacity.Rotation;

/// <summary>
/// Proposes who is on support rotation, one engineer per team (or per rotation group, see <see cref="RotationPools"/>) per week. Nobody is planned in a week they are away
/// (any day Monday to Friday). Among those present, the one with the fewest rotations in the plan goes first, then
/// whoever has been off rotation longest (history included), then by name, so turns are shared fairly and the plan
/// is reproducible. A newcomer (fewer than <see cref="RotationPlanOptions.NewcomerRotations"/> rotations, the plan's
/// own included) gets a present, experienced team-mate as buddy: the one with most recent work on the services the
/// team's tickets hit most, avoiding whoever buddied the week before. What cannot be met is reported, not bent.
/// </summary>
public sealed class RotationPlanner(RotationPlanOptions options)
{
    public IReadOnlyList<RotationPlanWeek> Plan(RotationPlanInput input, IsoWeek from, int weeks)
    {
        if (weeks is < 1 or > RotationPlanOptions.MaxWeeks)
        {
            throw new ArgumentOutOfRangeException(nameof(weeks), weeks, $"weeks must be between 1 and {RotationPlanOptions.MaxWeeks}");
        }

        var plan = new List<RotationPlanWeek>();
        foreach (var team in input.Teams.OrderBy(t => t.Team, StringComparer.Ordinal))
        {
            plan.AddRange(PlanTeam(team, input, from, weeks));
        }

        return plan.OrderBy(w => w.Week).ThenBy(w => w.Team, StringComparer.Ordinal).ToList();
    }

    private IEnumerable<RotationPlanWeek> PlanTeam(PlanTeam team, RotationPlanInput input, IsoWeek from, int weeks)
    {
        // A group's week is stored once per team it covers: it is one turn.
        var past = input.History.Where(h => team.Covers(h.Team) && h.Week < from).DistinctBy(h => (h.Week, h.Engineer)).ToList();
        var rotation = team.IsGroup ? team.Team : null;
        var groupTeams = team.Homes?.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var rotations = team.Members.ToDictionary(m => m, m => past.Count(p => p.Engineer == m), StringComparer.Ordinal);
        var last = team.Members.ToDictionary(m => m, m => past.Where(p => p.Engineer == m).Select(p => (IsoWeek?)p.Week).Max(), StringComparer.Ordinal);
        var planned = team.Members.ToDictionary(m => m, _ => 0, StringComparer.Ordinal);
        var buddied = team.Members.ToDictionary(m => m, _ => 0, StringComparer.Ordinal);
        string? previousBuddy = null;

        foreach (var week in IsoWeek.Sequence(from, weeks))
        {
            var present = team.Members.Where(m => !Away(m, week, input.Absences)).ToList();
            if (present.Count == 0)
            {
                previousBuddy = null;
                yield return new RotationPlanWeek(week, team.Team, null, null,
                    team.Members.Count == 0 ? "the team has no members" : "everyone in the team is away this week",
                    Unmet: "no engineer available", Rotation: rotation, GroupTeams: groupTeams);
                continue;
            }

            var engineer = present
                .OrderBy(m => planned[m])
                .ThenBy(m => last[m] is { } w ? w.Monday.DayNumber : int.MinValue)
                .ThenBy(m => m, StringComparer.Ordinal)
                .First();
            var reason = Reason(planned[engineer], last[engineer], present.Count, team.Members.Count);
            string? buddy = null;
            string? unmet = null;
            if (rotations[engineer] < options.NewcomerRotations)
            {
                // Experienced team-mates first; where there are none yet (a young rotation), whoever has done more
                // rotations than the newcomer, so the pair still brings more experience than one.
                var experienced = Buddies(present, engineer, m => rotations[m] >= options.NewcomerRotations, team, buddied, previousBuddy);
                var seasoned = experienced.Count > 0;
                if (!seasoned)
                {
                    experienced = Buddies(present, engineer, m => rotations[m] > rotations[engineer], team, buddied, previousBuddy);
                }

                var newcomer = string.Create(CultureInfo.InvariantCulture, $"new to rotation ({rotations[engineer]} before)");
                if (experienced.Count == 0)
                {
                    unmet = "no experienced engineer present to buddy";
                    reason += $"; {newcomer}, but no more experienced team-mate is present to buddy";
                }
                else
                {
                    buddy = experienced[0];
                    buddied[buddy]++;
                    var knows = team.TopServices.Count == 0 ? "the team's tickets" : string.Join(", ", team.TopServices);
                    var who = seasoned ? "" : string.Create(CultureInfo.InvariantCulture, $" ({rotations[buddy]} rotation{(rotations[buddy] == 1 ? "" : "s")} before, the most of those present)");
                    reason += buddy == previousBuddy
                        ? $"; {newcomer}: buddy {buddy}{who} again, the only experienced team-mate present"
                        : $"; {newcomer}: buddy {buddy}{who}, most recent work on {knows}";
                }
            }

            previousBuddy = buddy;
            planned[engineer]++;
            rotations[engineer]++;
            last[engineer] = week;
            if (rotation is not null)
            {
                reason = $"{rotation} rotation ({string.Join(", ", team.TopServices)}); {reason}";
            }

            yield return new RotationPlanWeek(week, team.HomeOf(engineer), engineer, buddy, reason, unmet, rotation, groupTeams);
        }
    }

    private static List<string> Buddies(
        List<string> present, string engineer, Func<string, bool> eligible, PlanTeam team, Dictionary<string, int> buddied, string? previousBuddy) =>
        present
            .Where(m => m != engineer && eligible(m))
            .OrderBy(m => m == previousBuddy ? 1 : 0)
            .ThenByDescending(m => team.Expertise.GetValueOrDefault(m))
            .ThenBy(m => buddied[m])
            .ThenBy(m => m, StringComparer.Ordinal)
            .ToList();

    private static string Reason(int plannedBefore, IsoWeek? last, int present, int members)
    {
        var turn = plannedBefore == 0 ? "first turn in this plan" : string.Create(CultureInfo.InvariantCulture, $"turn {plannedBefore + 1} in this plan");
        var since = last is { } w ? $"off rotation since {w}" : "never on rotation before";
        var away = present < members ? string.Create(CultureInfo.InvariantCulture, $"; {members - present} of {members} away") : "";
        return $"{turn}, {since}{away}";
    }

    /// <summary>Away for any working day of the week.</summary>
    private static bool Away(string engineer, IsoWeek week, IReadOnlyList<PlanAbsence> absences)
    {
        var monday = week.Monday;
        var friday = monday.AddDays(4);
        return absences.Any(a => a.Engineer == engineer && a.Start <= friday && a.End >= monday);
    }
}
