using System.Globalization;

namespace Reporting.Samples;

/// <summary>
/// Each service ships on its own cadence (1-4 weeks, with jitter) on weekdays during office hours.
/// Versions follow semantic versioning: mostly patch bumps, some minor, rarely major.
/// </summary>
internal static class ReleasePlanner
{
    public static IReadOnlyList<Release> Plan(Random random, SamplePeriod period)
    {
        var releases = new List<Release>();
        foreach (var service in ServiceCatalog.Services)
        {
            var (major, minor, patch) = (random.Next(1, 7), random.Next(0, 31), random.Next(0, 10));
            var cadenceDays = service.CadenceWeeks * 7;
            var day = period.FirstDay.AddDays(random.Next(0, cadenceDays));
            while (day <= period.LastDay)
            {
                day = day.DayOfWeek switch
                {
                    DayOfWeek.Saturday => day.AddDays(random.Chance(0.5) ? -1 : 2),
                    DayOfWeek.Sunday => day.AddDays(1),
                    _ => day,
                };
                if (day >= period.FirstDay && day <= period.LastDay)
                {
                    switch (random.PickIndex([0.6, 0.35, 0.05]))
                    {
                        case 0:
                            patch++;
                            break;
                        case 1:
                            (minor, patch) = (minor + 1, 0);
                            break;
                        default:
                            (major, minor, patch) = (major + 1, 0, 0);
                            break;
                    }

                    var at = day.ToDateTime(new TimeOnly(random.Next(8, 17), random.Next(60), random.Next(60)), DateTimeKind.Utc);
                    var version = string.Create(CultureInfo.InvariantCulture, $"{major}.{minor}.{patch}");
                    releases.Add(new Release(service, version, at));
                }

                day = day.AddDays(Math.Max(4, cadenceDays + random.Next(-3, 4)));
            }
        }

        return releases
            .OrderBy(r => r.At)
            .ThenBy(r => r.Service.Id, StringComparer.Ordinal)
            .ToList();
    }
}
