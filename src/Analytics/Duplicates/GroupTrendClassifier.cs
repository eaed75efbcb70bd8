namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Classifies a group's weekly ticket counts (oldest first, the last entry is the current week).
/// Rules, first match wins; R = the last W weeks, P = the W weeks before R (W = WindowWeeks; missing
/// weeks count as zero):
/// 1. New — the group's first ticket is within the last NewWithinWeeks weeks.
/// 2. Regressed — R has tickets, and the weeks right before R's first ticket are at least
///    QuietWeeksForRegression empty weeks, preceded by earlier tickets.
/// 3. Growing — sum(R) ≥ GrowthRatio × sum(P) and sum(R) − sum(P) ≥ MinimumIncrease.
/// 4. Fading — sum(R) = 0, or sum(R) ≤ FadeRatio × sum(P).
/// 5. Steady — otherwise.
/// A group with no tickets at all is Fading.
/// </summary>
public static class GroupTrendClassifier
{
    public static GroupTrend Classify(IReadOnlyList<int> weeklyCounts, GroupTrendRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(weeklyCounts);
        rules ??= new GroupTrendRules();
        if (weeklyCounts.Any(c => c < 0))
        {
            throw new ArgumentException("Weekly counts cannot be negative.", nameof(weeklyCounts));
        }

        var weeks = weeklyCounts.Count;
        var first = FirstActiveWeek(weeklyCounts);
        if (first < 0)
        {
            return GroupTrend.Fading;
        }

        if (first >= weeks - rules.NewWithinWeeks)
        {
            return GroupTrend.New;
        }

        var window = rules.WindowWeeks;
        var recent = Sum(weeklyCounts, weeks - window, weeks);
        var previous = Sum(weeklyCounts, weeks - (2 * window), weeks - window);
        if (recent > 0 && IsReturnAfterQuiet(weeklyCounts, weeks - window, rules.QuietWeeksForRegression))
        {
            return GroupTrend.Regressed;
        }

        if (recent >= rules.GrowthRatio * previous && recent - previous >= rules.MinimumIncrease)
        {
            return GroupTrend.Growing;
        }

        if (recent == 0 || recent <= rules.FadeRatio * previous)
        {
            return GroupTrend.Fading;
        }

        return GroupTrend.Steady;
    }

    /// <summary>Counts the empty weeks right before the first active week of the recent window.</summary>
    private static bool IsReturnAfterQuiet(IReadOnlyList<int> counts, int recentStart, int quietWeeks)
    {
        var returnWeek = Math.Max(recentStart, 0);
        while (counts[returnWeek] == 0)
        {
            returnWeek++;
        }

        var gap = 0;
        var week = returnWeek - 1;
        while (week >= 0 && counts[week] == 0)
        {
            gap++;
            week--;
        }

        var hadEarlierTickets = week >= 0;
        return hadEarlierTickets && gap >= quietWeeks;
    }

    private static int FirstActiveWeek(IReadOnlyList<int> counts)
    {
        for (var i = 0; i < counts.Count; i++)
        {
            if (counts[i] > 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static int Sum(IReadOnlyList<int> counts, int from, int to)
    {
        var sum = 0;
        for (var i = Math.Max(0, from); i < Math.Min(to, counts.Count); i++)
        {
            sum += counts[i];
        }

        return sum;
    }
}
