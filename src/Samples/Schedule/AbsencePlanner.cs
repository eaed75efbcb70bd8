using Reporting.Ingest.Company;

namespace Reporting.Samples;

/// <summary>
/// Plans vacations and sick days: most engineers take one to three weeks in July/August (the summer cluster),
/// some take a short break at another time, and everyone is occasionally sick for a day or three.
/// </summary>
internal static class AbsencePlanner
{
    public static IReadOnlyList<Absence> Plan(Random random, TeamsDocument teams, SamplePeriod period)
    {
        var absences = new List<Absence>();
        foreach (var engineer in teams.Teams.SelectMany(t => t.Members))
        {
            var own = new List<Absence>();
            if (random.Chance(0.75))
            {
                var summerStart = SummerMonday(random, period.FirstDay.Year);
                var weeks = random.PickIndex([0.35, 0.45, 0.2]) + 1;
                TryAdd(own, period, new Absence(engineer.Name, summerStart, summerStart.AddDays((7 * weeks) - 3)));
            }

            if (random.Chance(0.45))
            {
                var start = period.Day(random.Next(period.Days));
                start = start.AddDays(-(((int)start.DayOfWeek + 6) % 7)); // from a Monday
                TryAdd(own, period, new Absence(engineer.Name, start, start.AddDays(random.Next(2, 5))));
            }

            var sickEpisodes = random.Poisson(1.3 * period.Weeks / 26.0);
            for (var i = 0; i < sickEpisodes; i++)
            {
                var start = period.Day(random.Next(period.Days));
                if (SampleTime.IsWeekend(start))
                {
                    continue;
                }

                TryAdd(own, period, new Absence(engineer.Name, start, start.AddDays(random.PickIndex([0.5, 0.3, 0.2]))));
            }

            absences.AddRange(own);
        }

        return absences
            .OrderBy(a => a.Start)
            .ThenBy(a => a.Engineer, StringComparer.Ordinal)
            .ToList();
    }

    private static DateOnly SummerMonday(Random random, int year)
    {
        var firstJulyMonday = new DateOnly(year, 7, 1);
        while (firstJulyMonday.DayOfWeek != DayOfWeek.Monday)
        {
            firstJulyMonday = firstJulyMonday.AddDays(1);
        }

        // Most start mid-July to early August, which is what makes the summer dip in capacity.
        return firstJulyMonday.AddDays(7 * Math.Clamp((int)Math.Round(3 + (1.6 * random.Normal())), 0, 7));
    }

    private static void TryAdd(List<Absence> own, SamplePeriod period, Absence absence)
    {
        var start = absence.Start < period.FirstDay ? period.FirstDay : absence.Start;
        var end = absence.End > period.LastDay ? period.LastDay : absence.End;
        if (start > end)
        {
            return;
        }

        if (own.Any(a => a.Start <= end.AddDays(1) && start <= a.End.AddDays(1)))
        {
            return; // overlapping or touching another absence of the same engineer
        }

        own.Add(absence with { Start = start, End = end });
    }
}
