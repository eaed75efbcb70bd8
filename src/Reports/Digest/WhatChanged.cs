using Reporting.Analytics.Capacity;
using Reporting.Analytics.Digest;
using System.Globalization;
using Reporting.Reports.Rendering;

namespace Reporting.Reports.Digest;

/// <summary>
/// The digest's short "what changed" list, written from the numbers only: each line states a change that
/// crossed a threshold worth a PM's attention, with the figures that show it.
/// </summary>
public static class WhatChanged
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    private static string Tickets(long n) => n == 1 ? "1 ticket" : string.Create(C, $"{n:N0} tickets");

    /// <summary>The reasons a team's share moved, each with its hours: absences, support reaching teammates, overflow.</summary>
    public static string ShareChange(TeamWeek current, TeamWeek previous)
    {
        var reasons = new List<(double Size, string Text)>();
        void Add(double delta, string more, string less)
        {
            if (Math.Abs(delta) >= 0.5)
            {
                reasons.Add((Math.Abs(delta), string.Create(C, $"{(delta > 0 ? more : less)} by {FigureFormat.Hours(Math.Abs(delta))}")));
            }
        }

        Add(current.NominalHours - previous.NominalHours, "the team had more hours (fewer absences)", "absences cut the team's hours");
        Add(current.RotationHours - previous.RotationHours, "the rotation took more hours", "the rotation took fewer hours");
        Add(current.LeakedHours - previous.LeakedHours, "support by teammates off rotation grew", "support by teammates off rotation fell");
        Add(current.OverflowHours - previous.OverflowHours, "support beyond what the rotation engineer could take grew", "support beyond what the rotation engineer could take fell");
        return reasons.Count == 0
            ? "of small changes adding up"
            : string.Join(", and ", reasons.OrderByDescending(r => r.Size).Take(3).Select(r => r.Text));
    }

    public static IReadOnlyList<string> Write(WeeklyDigest d)
    {
        var lines = new List<string>();
        var now = d.ThisWeek;
        var before = d.LastWeek;
        if (before.Opened > 0 && Math.Abs(now.Opened - before.Opened) >= Math.Max(5, before.Opened * 0.15))
        {
            lines.Add(string.Create(C,
                $"New tickets {(now.Opened > before.Opened ? "up" : "down")} {Math.Abs(now.Opened - before.Opened) / (double)before.Opened:P0}: {now.Opened:N0} this week against {before.Opened:N0}."));
        }

        if (now.Backlog - before.Backlog >= Math.Max(5, before.Backlog * 0.1))
        {
            lines.Add(string.Create(C, $"Backlog grew by {now.Backlog - before.Backlog:N0} to {now.Backlog:N0}: more opened ({now.Opened:N0}) than resolved ({now.Resolved:N0})."));
        }
        else if (before.Backlog - now.Backlog >= Math.Max(5, before.Backlog * 0.1))
        {
            lines.Add(string.Create(C, $"Backlog shrank by {before.Backlog - now.Backlog:N0} to {now.Backlog:N0}."));
        }

        foreach (var team in d.Capacity.GroupBy(w => w.Team))
        {
            var current = team.FirstOrDefault(w => w.WeekStart == d.Week.Monday);
            var previous = team.FirstOrDefault(w => w.WeekStart == d.Week.AddWeeks(-1).Monday);
            var next = team.FirstOrDefault(w => w.Forecast);
            if (current is null)
            {
                continue;
            }

            if (previous is not null && Math.Abs(current.EffectiveShare - previous.EffectiveShare) >= 0.05)
            {
                lines.Add(string.Create(C,
                    $"{team.Key}: {FigureFormat.Share(current.EffectiveShare)} of the team's hours left for planned work, {(current.EffectiveShare > previous.EffectiveShare ? "up" : "down")} from {FigureFormat.Share(previous.EffectiveShare)}, because {ShareChange(current, previous)}."));
            }
            else if (current.EffectiveShare < 0.6)
            {
                lines.Add(string.Create(C,
                    $"{team.Key} had only {FigureFormat.Share(current.EffectiveShare)} of its hours for planned work ({FigureFormat.Hours(current.EffectiveHours)} of {FigureFormat.Hours(current.NominalHours)})."));
            }
        }

        foreach (var tail in d.ReleaseTails.Where(t => t.ExcessTickets >= 3).Take(3))
        {
            lines.Add(string.Create(C,
                $"Release {tail.Service} {tail.Version} ({tail.ReleasedOn:d MMM}) brought {tail.Tickets:N0} bug tickets in its first weeks, {tail.ExcessTickets:N0} above the usual {tail.BaselinePerWeek:N1} a week."));
        }

        foreach (var group in (d.RecurringGroups ?? []).Where(g => g.State is "new" or "growing" or "regressed").Take(3))
        {
            lines.Add(string.Create(C,
                $"Recurring bug \"{group.Label}\" is {RecurringStateWords.Name(group.State).ToLowerInvariant()}: {Tickets(group.TicketsThisWeek)} this week ({group.TicketsLastWeek:N0} the week before), {group.Customers:N0} {(group.Customers == 1 ? "customer" : "customers")} affected so far."));
        }

        if (d.Bounced.Count > 0)
        {
            lines.Add(string.Create(C, $"{d.Bounced.Count:N0} tickets bounced between teams: each one waited for the wrong people first."));
        }

        if (lines.Count == 0)
        {
            lines.Add("No change crossed an attention threshold this week.");
        }

        return lines;
    }
}
