using System.Globalization;
using Reporting.Analytics.Capacity;
using Reporting.Analytics.Capacity.Forecasting;
using Reporting.Analytics.Capacity.Outlook;
using Reporting.Reports.Documents;
using Reporting.Reports.Privacy;
using Reporting.Reports.Rendering;

namespace Reporting.Reports.Outlook;

/// <summary>
/// "Next two weeks", the section every digest and capacity report opens with: per team, the hours, share and
/// engineers left for planned work with the 80% range, then the reasons, each with its figure.
/// </summary>
public static class NextTwoWeeksSection
{
    public const string Title = "Next two weeks";
    public const string NoForecast = "No forecast: the warehouse has no history for these teams yet.";
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static void Add(DocumentBuilder doc, IReadOnlyList<TeamOutlook> teams, TextMasker masker)
    {
        doc.Heading(Title, 2);
        var weeks = PlanningWeeks(teams);
        if (weeks.Count == 0)
        {
            doc.Paragraph(NoForecast);
            return;
        }

        var columns = Columns(weeks);
        doc.Paragraph(Introduction(weeks))
            .KeepWithNext()
            .Table(t =>
            {
                t.Column(columns[0], ColumnWidth.Relative(2));
                foreach (var column in columns.Skip(1).SkipLast(1))
                {
                    t.Column(column, ColumnWidth.Relative(3), CellAlignment.Right);
                }

                t.Column(columns[^1], ColumnWidth.Relative(2), CellAlignment.Right);
                t.Rows(teams.Select(team => Row(team, weeks)));
            });

        doc.Bullets(teams.Select(team => $"{team.Team}: {string.Join("; ", Reasons(team, masker))}.").ToList());
    }

    /// <summary>The Mondays of the (at most two) forecast weeks the section covers, across all the teams.</summary>
    public static IReadOnlyList<DateOnly> PlanningWeeks(IReadOnlyList<TeamOutlook> teams) =>
        teams.SelectMany(t => t.Weeks).Select(w => w.WeekStart).Distinct().Order().Take(2).ToList();

    /// <summary>The sentence that introduces the figures.</summary>
    public static string Introduction(IReadOnlyList<DateOnly> weeks) =>
        $"What each team can plan on in {string.Join(" and ", weeks.Select(w => WeekWords.Of(w)))}: its hours after the engineer on support rotation and the support that reaches everyone else, with the range the real figure fell in 8 weeks out of 10 in the past.";

    /// <summary>The headings of <see cref="Row"/>'s cells: the team, each week, the 80% range.</summary>
    public static IReadOnlyList<string> Columns(IReadOnlyList<DateOnly> weeks) =>
        ["Team", .. weeks.Select(week => $"Left for planned work, {WeekWords.Of(week)}"), "80% range"];

    /// <summary>
    /// A team's figures under <see cref="Columns"/>: "412 h (78%), 10.3 of 13 engineers" per week, then the first
    /// week's range. The digest PDF, the capacity report and the digest e-mail all print these cells.
    /// </summary>
    public static IReadOnlyList<string> Row(TeamOutlook team, IReadOnlyList<DateOnly> weeks)
    {
        var cells = new List<string> { team.Team };
        foreach (var monday in weeks)
        {
            var w = team.Weeks.FirstOrDefault(x => x.WeekStart == monday);
            cells.Add(w is null
                ? "–"
                : string.Create(C, $"{FigureFormat.Hours(w.EffectiveHours)} ({FigureFormat.Share(w.EffectiveShare)}), {team.Engineers(w.EffectiveHours):N1} of {team.Size.Engineers} engineers"));
        }

        var first = team.Weeks.FirstOrDefault();
        cells.Add(first is null ? "–" : string.Create(C, $"{first.EffectiveLow:N0}\u2013{first.EffectiveHigh:N0} h"));
        return cells;
    }

    /// <summary>Why the figure is what it is, each reason with its number; the forecast's own record last.</summary>
    public static IReadOnlyList<string> Reasons(TeamOutlook team, TextMasker masker)
    {
        var reasons = new List<string>();
        if (team.Weeks.Count > 0)
        {
            var support = team.Weeks[0].NominalHours - team.Weeks[0].EffectiveHours;
            reasons.Add(string.Create(C,
                $"support takes {FigureFormat.Hours(support)} of {FigureFormat.Hours(team.Weeks[0].NominalHours)} in {team.Weeks[0].Week[^3..]} ({team.Engineers(support):N1} of {team.Size.Engineers} engineers)"));
            reasons.Add("on rotation: " + string.Join(", ", team.Weeks.Select(w => $"{w.RotationEngineer ?? "nobody"} ({w.Week[^3..]})")));
        }

        if (team.Absences.Count > 0)
        {
            reasons.Add("away: " + string.Join(", ", team.Absences.Select(a =>
                string.Create(C, $"{a.Engineer} {a.Days} day{(a.Days == 1 ? "" : "s")} ({WeekLabel(a.WeekStart)})"))));
        }
        else
        {
            reasons.Add("nobody away");
        }

        var hoursPerTicket = team.LastWeek is { TicketsOpened: > 0 } last ? last.SupportHours / last.TicketsOpened : 0;
        foreach (var r in team.Releases)
        {
            reasons.Add(string.Create(C, $"{r.Service} {r.Version} ships {r.ReleasedOn:d MMM}"));
        }

        // The releases whose tails matter most; a tail at the usual rate is no reason.
        foreach (var r in team.RecentReleases.Where(r => r.ExcessTickets >= 1).OrderByDescending(r => r.ExcessTickets).Take(3))
        {
            reasons.Add(string.Create(C, $"{r.Service} {r.Version} shipped {r.ReleasedOn:d MMM} ({r.Tickets:N0} bug tickets since, {r.ExcessTickets:N0} above usual)"));
        }

        if (team.ReleaseUpliftTickets >= 0.5)
        {
            reasons.Add(string.Create(C,
                $"release bug tails: about {team.ReleaseUpliftTickets:N0} extra tickets expected ({FigureFormat.Hours(team.ReleaseUpliftTickets * hoursPerTicket)})"));
        }

        if (team.LastWeek is { } lw)
        {
            reasons.Add(lw.UnservedHours > 0
                ? string.Create(C, $"carried in: {lw.Backlog:N0} open tickets and {FigureFormat.Hours(lw.UnservedHours)} of support nobody had time for last week")
                : string.Create(C, $"carried in: {lw.Backlog:N0} open tickets"));
        }

        if (team.GrowingGroups.Count > 0)
        {
            var top = team.GrowingGroups[0];
            reasons.Add(string.Create(C,
                $"{team.GrowingGroups.Count} recurring bug{(team.GrowingGroups.Count == 1 ? "" : "s")} growing, largest \u201c{Shorten(masker.Mask(top.Label), 60)}\u201d ({top.Tickets:N0} tickets, {top.Customers:N0} customers)"));
        }

        reasons.Add(Accuracy(team.Accuracy));
        return reasons;
    }

    /// <summary>"over the last 40 weeks the forecast was off by 9 h on average; the 80% range held in 33 of 40 weeks".</summary>
    public static string Accuracy(BacktestScore? score)
    {
        if (score is null || score.WeeksTested == 0)
        {
            return "too little history yet to measure the forecast";
        }

        var text = string.Create(C, $"over the last {score.WeeksTested} weeks the forecast was off by {FigureFormat.Hours(score.MaeHours)} on average");
        if (score.IntervalCoverage is { } coverage)
        {
            text += string.Create(C, $"; the 80% range held in {Math.Round(coverage * score.IntervalWeeks):N0} of {score.IntervalWeeks} weeks");
        }

        return score.Method == ForecastMethod.Naive ? text + " (last week's figure, which beat the model for this team)" : text;
    }

    private static string WeekLabel(DateOnly monday) => Warehouse.Calendar.IsoWeek.Of(monday).ShortLabel;

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "\u2026";
}
