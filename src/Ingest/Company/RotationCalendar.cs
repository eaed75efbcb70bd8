using System.Text.RegularExpressions;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Reporting.Ingest.Tickets;
using Reporting.Warehouse.Calendar;

namespace Reporting.Ingest.Company;

/// <summary>
/// Reads a support rotation from an on-call schedule exported as iCalendar (PagerDuty's <c>On Call - NAME - SCHEDULE</c>
/// feed, Opsgenie, a shared Google Calendar). Each event names its engineer: a member of teams.yaml among its attendees or
/// in its summary, else the NAME of a summary like <c>On Call - NAME - …</c> or <c>Support rotation: NAME</c>, else an
/// attendee's CN. Its team is a team of teams.yaml named in
/// the summary or the calendar's name (X-WR-CALNAME), else the engineer's team. Repeating events are expanded; each ISO
/// week (UTC) with a day or more on call goes to the engineer on call for most of it.
/// </summary>
public static partial class RotationCalendar
{
    /// <summary>A repeating event without an end is expanded this far past the run or the calendar's latest event.</summary>
    public const int WeeksAhead = 26;

    /// <summary>A week needs this much on-call time to count: the tail of a shift that ends on Monday morning does not.</summary>
    public const double MinHoursPerWeek = 24;

    /// <summary>Whether a file is iCalendar: its first line is BEGIN:VCALENDAR, whatever its name.</summary>
    public static async Task<bool> IsCalendarAsync(string path, CancellationToken cancellationToken)
    {
        using var reader = Files.InputFile.OpenText(path);
        string? line;
        do
        {
            line = await reader.ReadLineAsync(cancellationToken);
        }
        while (line is not null && string.IsNullOrWhiteSpace(line));

        return line is not null && line.Trim().Equals("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase);
    }

    /// <param name="members">The configured engineers and their teams.</param>
    /// <param name="teams">The configured teams.</param>
    /// <param name="now">The run's time: repeating events are expanded to <see cref="WeeksAhead"/> weeks past it.</param>
    public static RotationCalendarRead Read(
        string text, string input, IReadOnlyList<(string Team, string Engineer)> members, IReadOnlyList<string> teams, DateTime now)
    {
        Calendar calendar;
        try
        {
            calendar = Calendar.Load(text) ?? throw new InvalidDataException($"{input}: no VCALENDAR in the file");
        }
        catch (System.Runtime.Serialization.SerializationException ex)
        {
            throw new InvalidDataException($"{input}: not a readable iCalendar file: {ex.Message}", ex);
        }

        var calendarName = calendar.Properties.Get<string>("X-WR-CALNAME") ?? "";
        var eventLines = EventLines(text);
        var teamOf = members.GroupBy(m => m.Engineer, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Team, StringComparer.Ordinal);
        var rejects = new List<RejectedRecord>();
        var owners = new Dictionary<CalendarEvent, (string Team, string Engineer)>(ReferenceEqualityComparer.Instance);
        var events = calendar.Events.ToList();
        for (var i = 0; i < events.Count; i++)
        {
            var evt = events[i];
            var line = i < eventLines.Count ? eventLines[i] : 0;
            var summary = evt.Summary ?? "";
            if (Engineer(evt, teamOf.Keys) is not { } engineer)
            {
                rejects.Add(new RejectedRecord(input, line, "SUMMARY",
                    $"names no engineer: expected a member of teams.yaml, 'On Call - NAME - SCHEDULE', 'Support rotation: NAME' or an attendee with a name (CN)", summary));
                continue;
            }

            var team = Named(teams, summary) ?? Named(teams, calendarName) ?? teamOf.GetValueOrDefault(engineer);
            if (team is null)
            {
                rejects.Add(new RejectedRecord(input, line, "team",
                    $"no team for '{engineer}': name the team in the calendar's name (X-WR-CALNAME) or the event, or load teams.yaml first", summary));
                continue;
            }

            owners[evt] = (team, engineer);
        }

        var weeks = owners.Count == 0 ? [] : Weeks(calendar, owners, now);
        return new RotationCalendarRead(events.Count, owners.Count, weeks, rejects);
    }

    private static List<RotationEntry> Weeks(Calendar calendar, Dictionary<CalendarEvent, (string Team, string Engineer)> owners, DateTime now)
    {
        var first = owners.Keys.Min(e => e.DtStart!.AsUtc);
        var latest = owners.Keys.Max(e => (e.End ?? e.DtStart)!.AsUtc);
        var until = (latest > now ? latest : now).AddDays(7 * WeeksAhead);
        var hours = new Dictionary<(DateOnly Week, string Team, string Engineer), double>();
        var occurrences = calendar.GetOccurrences<CalendarEvent>(new CalDateTime(first.AddDays(-1), "UTC"))
            .TakeWhileBefore(new CalDateTime(until, "UTC"));
        foreach (var occurrence in occurrences)
        {
            if (occurrence.Source is not CalendarEvent evt || !owners.TryGetValue(evt, out var owner))
            {
                continue;
            }

            var start = occurrence.Period.StartTime.AsUtc;
            var end = occurrence.Period.EffectiveEndTime?.AsUtc ?? start;
            // Split the shift at each Monday 00:00 UTC so a week counts the hours it actually holds.
            for (var from = start; from < end;)
            {
                var week = IsoWeek.Of(from);
                var to = week.AddWeeks(1).StartUtc < end ? week.AddWeeks(1).StartUtc : end;
                var key = (week.Monday, owner.Team, owner.Engineer);
                hours[key] = hours.GetValueOrDefault(key) + (to - from).TotalHours;
                from = to;
            }
        }

        return hours.GroupBy(h => (h.Key.Week, h.Key.Team))
            .Where(g => g.Sum(h => h.Value) >= MinHoursPerWeek)
            .Select(g => g.OrderByDescending(h => h.Value).ThenBy(h => h.Key.Engineer, StringComparer.Ordinal).First())
            .Select(h => new RotationEntry(h.Key.Week, h.Key.Team, h.Key.Engineer, Math.Round(h.Value, 2)))
            .OrderBy(r => r.WeekStart).ThenBy(r => r.Team, StringComparer.Ordinal)
            .ToList();
    }

    private static string? Engineer(CalendarEvent evt, IEnumerable<string> members)
    {
        var summary = evt.Summary ?? "";
        var attendees = evt.Attendees.Select(a => a.CommonName?.Trim()).Where(n => !string.IsNullOrEmpty(n)).Select(n => n!).ToList();
        var known = members.OrderByDescending(m => m.Length).ToList();
        return known.FirstOrDefault(m => attendees.Contains(m, StringComparer.OrdinalIgnoreCase))
               ?? Named(known, summary)
               ?? (DutySummary().Match(summary) is { Success: true } pd ? pd.Groups["name"].Value.Trim() : null)
               ?? attendees.FirstOrDefault(n => !n.Contains('@', StringComparison.Ordinal));
    }

    /// <summary>The longest of <paramref name="names"/> that <paramref name="text"/> mentions as whole words, ignoring case.</summary>
    private static string? Named(IEnumerable<string> names, string text) =>
        text.Length == 0 ? null : names.OrderByDescending(n => n.Length)
            .FirstOrDefault(n => Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(n)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    /// <summary>The 1-based line of each BEGIN:VEVENT, in order, so a rejected event is found where it is.</summary>
    private static List<long> EventLines(string text)
    {
        var lines = new List<long>();
        var number = 0L;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (line.TrimEnd('\r').Trim().Equals("BEGIN:VEVENT", StringComparison.OrdinalIgnoreCase))
            {
                lines.Add(number);
            }
        }

        return lines;
    }

    // "On Call - Jane Doe - Payments Primary" (PagerDuty), "Support rotation: Jane Doe", "On-call: Jane Doe": the name follows
    // the duty and a separator; PagerDuty's " - " ends it, so a hyphenated name stays whole.
    [GeneratedRegex(@"^\s*[\p{L} ]*?\b(?:on[ -]?call|rotation|duty|pager)\s*[-–:]\s+(?<name>.+?)(?:\s+[-–]\s+.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DutySummary();
}
