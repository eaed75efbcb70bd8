namespace Reporting.Samples;

/// <summary>
/// Places the recurring problems in the period: how many reports each gets (5-80), how they spread
/// (fade, grow, come back, outage...), which releases introduced them and which releases fixed them.
/// </summary>
internal static class FamilyPlanner
{
    public const int FamiliesFor26Weeks = 60;

    public static IReadOnlyList<BugFamily> Plan(Random random, SamplePeriod period, IReadOnlyList<Release> releases)
    {
        var blueprints = BugFamilyCatalog.All.ToList();
        random.Shuffle(blueprints);
        var count = Math.Clamp((int)Math.Round(FamiliesFor26Weeks * Math.Min(1.0, period.Weeks / 26.0)), 3, blueprints.Count);
        var families = new List<BugFamily>(count);
        foreach (var blueprint in blueprints.Take(count))
        {
            var service = ServiceCatalog.Services.First(s => s.Id == blueprint.Service);
            var ownReleases = releases.Where(r => ReferenceEquals(r.Service, service)).ToList();
            var pattern = ChoosePattern(random, blueprint);
            var trace = StackTraceComposer.Compose(random, blueprint, service);
            var plan = pattern == FamilyPattern.Outage
                ? PlanOutage(random, period, ownReleases)
                : PlanSpread(random, period, ownReleases, pattern);
            families.Add(new BugFamily(families.Count + 1, blueprint, service, plan.Pattern, trace, plan.Reports, plan.Fixes, plan.IntroducedBy));
        }

        return families;
    }

    private static FamilyPattern ChoosePattern(Random random, BugFamilyBlueprint blueprint) => blueprint.Severe
        ? random.PickIndex([0.45, 0.3, 0.25]) switch { 0 => FamilyPattern.Outage, 1 => FamilyPattern.Regression, _ => FamilyPattern.Fade }
        : random.PickIndex([0.25, 0.25, 0.2, 0.15, 0.15]) switch
        {
            0 => FamilyPattern.Fade,
            1 => FamilyPattern.Regression,
            2 => FamilyPattern.Grow,
            3 => FamilyPattern.Comeback,
            _ => FamilyPattern.Chronic,
        };

    private static (FamilyPattern Pattern, List<FamilyReport> Reports, List<FamilyFix> Fixes, List<Release> IntroducedBy) PlanOutage(
        Random random, SamplePeriod period, List<Release> ownReleases)
    {
        // Half of the outages are caused by a deployment and start minutes after it.
        var cause = ownReleases.Count > 0 && random.Chance(0.5) ? random.Pick(ownReleases) : null;
        DateTime start;
        if (cause is not null)
        {
            start = cause.At.AddMinutes(random.Between(10, 90));
        }
        else
        {
            var day = period.Day(random.Next(period.Days));
            while (SampleTime.IsWeekend(day))
            {
                day = day.AddDays(1);
            }

            start = day.ToDateTime(new TimeOnly(random.Next(6, 18), random.Next(60)), DateTimeKind.Utc);
        }

        var duration = TimeSpan.FromMinutes(random.Between(60, 300));
        var fixAt = start + duration;
        var reports = new List<FamilyReport>();
        var count = random.Next(10, 41);
        for (var i = 0; i < count; i++)
        {
            // Most reports come while it is down; a few stragglers report it the next day.
            var at = random.Chance(0.9)
                ? start.AddMinutes(random.Between(2, duration.TotalMinutes + 20))
                : fixAt.AddHours(random.Between(12, 30));
            at = SampleTime.TruncateToSecond(at);
            if (period.Contains(at))
            {
                reports.Add(new FamilyReport(period.DayIndex(SampleTime.DateOf(at)), at));
            }
        }

        return (FamilyPattern.Outage, reports, [new FamilyFix(SampleTime.TruncateToSecond(fixAt), null)], cause is null ? [] : [cause]);
    }

    private static (FamilyPattern Pattern, List<FamilyReport> Reports, List<FamilyFix> Fixes, List<Release> IntroducedBy) PlanSpread(
        Random random, SamplePeriod period, List<Release> ownReleases, FamilyPattern pattern)
    {
        var days = period.Days;
        var intensity = new double[days];
        var fixes = new List<FamilyFix>();
        var introducedBy = new List<Release>();
        var total = Math.Clamp((int)Math.Round(random.LogNormal(18, 0.75)), 5, 80);
        switch (pattern)
        {
            case FamilyPattern.Regression:
            {
                var candidates = ownReleases.Where(r => period.DayIndex(r.Date) < days - 5).ToList();
                if (candidates.Count == 0)
                {
                    goto default;
                }

                var cause = random.Pick(candidates);
                introducedBy.Add(cause);
                var start = period.DayIndex(cause.Date) + random.Next(0, 2);
                var tau = random.Between(3, 7);
                AddDecay(intensity, start, tau);
                AddFix(random, period, fixes, ownReleases, cause.At.AddDays(tau * 1.5));
                break;
            }

            case FamilyPattern.Grow:
            {
                var start = random.Next(days / 4, Math.Max(days / 4 + 1, days - 14));
                var growth = random.Between(8, 25);
                for (var d = start; d < days; d++)
                {
                    intensity[d] = Math.Exp((d - start) / growth);
                }

                total = Math.Max(total, random.Next(15, 81));
                break;
            }

            case FamilyPattern.Comeback:
            {
                var start = random.Next(0, Math.Max(1, days / 2 - 14));
                var tau = random.Between(2, 6);
                AddDecay(intensity, start, tau);
                var firstFix = AddFix(random, period, fixes, ownReleases, period.StartUtc.AddDays(start + (2 * tau)));
                var quietUntil = (firstFix ?? period.StartUtc.AddDays(start + (3 * tau))).AddDays(random.Between(21, 56));
                var cause = ownReleases.FirstOrDefault(r => r.At > quietUntil);
                var restart = cause is not null ? period.DayIndex(cause.Date) + random.Next(0, 2) : period.DayIndex(SampleTime.DateOf(quietUntil));
                if (restart < days)
                {
                    if (cause is not null)
                    {
                        introducedBy.Add(cause);
                    }

                    var tau2 = random.Between(2, 6);
                    AddDecay(intensity, restart, tau2);
                    AddFix(random, period, fixes, ownReleases, period.StartUtc.AddDays(restart + (2 * tau2)));
                }

                total = Math.Max(total, 12);
                break;
            }

            case FamilyPattern.Chronic:
            {
                var start = random.Next(0, Math.Max(1, days / 3));
                for (var d = start; d < days; d++)
                {
                    intensity[d] = 1;
                }

                total = Math.Min(total, 20);
                break;
            }

            default:
            {
                pattern = FamilyPattern.Fade;
                var start = random.Next(0, Math.Max(1, days - 7));
                var tau = random.Between(2, 8);
                AddDecay(intensity, start, tau);
                AddFix(random, period, fixes, ownReleases, period.StartUtc.AddDays(start + (2 * tau)));
                break;
            }
        }

        for (var d = 0; d < days; d++)
        {
            intensity[d] *= SampleTime.IsWeekend(period.Day(d)) ? 0.3 : 1.0;
        }

        var reports = new List<FamilyReport>(total);
        if (intensity.Sum() > 0)
        {
            for (var i = 0; i < total; i++)
            {
                reports.Add(new FamilyReport(random.PickIndex(intensity), null));
            }
        }

        return (pattern, reports, fixes, introducedBy);
    }

    private static void AddDecay(double[] intensity, int start, double tau)
    {
        for (var d = Math.Max(0, start); d < intensity.Length && d <= start + (5 * tau); d++)
        {
            intensity[d] += Math.Exp(-(d - start) / tau);
        }
    }

    /// <summary>The fix ships with the first release of the service after <paramref name="notBefore"/>, or as a hotfix.</summary>
    private static DateTime? AddFix(Random random, SamplePeriod period, List<FamilyFix> fixes, List<Release> ownReleases, DateTime notBefore)
    {
        var release = ownReleases.FirstOrDefault(r => r.At >= notBefore);
        var at = release?.At ?? SampleTime.TruncateToSecond(notBefore.AddHours(random.Between(24, 72)));
        if (!period.Contains(at))
        {
            return null;
        }

        fixes.Add(new FamilyFix(at, release));
        return at;
    }
}
