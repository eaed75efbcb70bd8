using Reporting.Ingest.Company;

namespace Reporting.Samples;

/// <summary>Who is the support-rotation engineer of each team in each week of the period.</summary>
internal sealed class RotationSchedule
{
    private readonly string[,] _engineer;

    private RotationSchedule(string[,] engineer) => _engineer = engineer;

    public int Weeks => _engineer.GetLength(0);

    public int Teams => _engineer.GetLength(1);

    public string Engineer(int weekIndex, int teamIndex) => _engineer[weekIndex, teamIndex];

    /// <summary>
    /// Round-robin through each team's members in a shuffled order. An engineer away for three or more weekdays
    /// hands the week to the next one, and now and then two engineers swap weeks.
    /// </summary>
    public static RotationSchedule Plan(Random random, TeamsDocument teams, SamplePeriod period, AbsenceCalendar absences)
    {
        var grid = new string[period.Weeks, teams.Teams.Count];
        for (var t = 0; t < teams.Teams.Count; t++)
        {
            var order = teams.Teams[t].Members.Select(m => m.Name).ToList();
            random.Shuffle(order);
            for (var w = 0; w < period.Weeks; w++)
            {
                grid[w, t] = order[w % order.Count];
            }

            for (var w = 0; w + 1 < period.Weeks; w++)
            {
                if (random.Chance(0.08))
                {
                    (grid[w, t], grid[w + 1, t]) = (grid[w + 1, t], grid[w, t]);
                }
            }

            for (var w = 0; w < period.Weeks; w++)
            {
                var monday = period.WeekMonday(w);
                if (absences.WeekdaysAway(grid[w, t], monday) < 3)
                {
                    continue;
                }

                var standIn = order
                    .Where(name => name != grid[w, t])
                    .OrderBy(name => absences.WeekdaysAway(name, monday))
                    .ThenBy(name => name == (w > 0 ? grid[w - 1, t] : null) ? 1 : 0)
                    .First();
                grid[w, t] = standIn;
            }
        }

        return new RotationSchedule(grid);
    }
}
