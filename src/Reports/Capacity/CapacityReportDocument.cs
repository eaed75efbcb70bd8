using System.Globalization;
using Reporting.Analytics.Capacity;
using Reporting.Analytics.Capacity.Outlook;
using Reporting.Analytics.Expertise;
using Reporting.Analytics.Owners;
using Reporting.Reports.Charts;
using Reporting.Reports.Documents;
using Reporting.Reports.Outlook;
using Reporting.Reports.Privacy;
using Reporting.Reports.Rendering;
using Reporting.Warehouse.Calendar;
using Reporting.Warehouse.Queries;

namespace Reporting.Reports.Capacity;

/// <summary>
/// The capacity report brought to planning: a summary page comparing teams, then one page per team with its
/// history and forecast, where its support load came from, and its rotation schedule.
/// </summary>
public static class CapacityReportDocument
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static DocumentDefinition Build(CapacityResult result, DateOnly from, DateOnly to, DateTimeOffset created) =>
        Build(result, from, to, created, NextTwoWeeks.Build(result, []), agreement: null, acceptance: null, TextMasker.Default);

    /// <param name="outlook">The next two weeks per team: the report's opening section.</param>
    /// <param name="agreement">How stored suggestions compare with the final owners, for the leads' appendix; null when none were stored.</param>
    /// <param name="acceptance">What triagers accepted, from their decisions, for the same appendix; null when not asked.</param>
    /// <param name="expertise">Who knows each service, for a compact table per team; null or empty leaves it out.</param>
    public static DocumentDefinition Build(
        CapacityResult result, DateOnly from, DateOnly to, DateTimeOffset created,
        IReadOnlyList<TeamOutlook> outlook, FinalOwnerAgreement? agreement, SuggestionAcceptance? acceptance, TextMasker masker,
        IReadOnlyList<ServiceExpertise>? expertise = null)
    {
        var first = IsoWeek.Of(from);
        var last = IsoWeek.Of(to);
        var teams = result.Weeks.GroupBy(w => w.Team).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var span = first == last ? first.ToString() : $"{first}–{last}";
        var title = teams.Count == 1 ? $"Capacity report: {teams[0].Key}, {span}" : $"Capacity report: all teams, {span}";
        var doc = new DocumentBuilder(new DocumentMetadata(title, created, Author: "Reporting", Subject: "Engineering capacity after support, with forecast", Creator: "Reporting"))
            .PageSize(PageSize.A4)
            .Margins(PageMargins.Uniform(44))
            .Header("Capacity report", span)
            .Footer($"Generated {created.UtcDateTime:yyyy-MM-dd HH:mm} UTC · left for planned work = team hours - rotation - support by teammates")
            .Heading(title);
        NextTwoWeeksSection.Add(doc, outlook, masker);
        doc.Paragraph(result.RosterNote).Paragraph(result.Effort.Note);

        // One team needs no comparison page: its own page is the report.
        if (teams.Count > 1)
        {
            AddSummary(doc, result, teams);
        }

        foreach (var team in teams)
        {
            if (teams.Count > 1)
            {
                doc.PageBreak();
            }

            AddTeam(doc, result, team.Key, team.OrderBy(w => w.WeekStart).ToList(), from, to, withHeading: teams.Count > 1);
            ExpertiseTable.Add(doc, team.Key, expertise ?? []);
        }

        AddSuggestionAppendix(doc, agreement, acceptance);
        Glossary.Add(doc);
        return doc.Build();
    }

    private static void AddSummary(DocumentBuilder doc, CapacityResult result, List<IGrouping<string, TeamWeek>> teams)
    {
        var history = result.Weeks.Where(w => !w.Forecast).ToList();
        var weeks = history.Select(w => w.WeekStart).Distinct().Count();
        var nominal = history.Sum(w => w.NominalHours);
        var effective = history.Sum(w => w.EffectiveHours);
        doc.KeyFigures(
            new KeyFigure("Left for planned work", nominal > 0 ? FigureFormat.Share(effective / nominal) : "–", "of team hours, all teams"),
            new KeyFigure("Support per week", FigureFormat.Hours(weeks > 0 ? history.Sum(w => w.SupportHours) / weeks : 0), "on rotation + teammates + overflow"),
            new KeyFigure("By teammates per week", FigureFormat.Hours(weeks > 0 ? history.Sum(w => w.LeakedHours) / weeks : 0), "taken from planned work", Trend.Bad),
            new KeyFigure("Overflow per week", FigureFormat.Hours(weeks > 0 ? history.Sum(w => w.OverflowHours) / weeks : 0), "beyond the hours of who was asked", Trend.Bad));

        if (result.UnownedSupportHours > 0)
        {
            doc.Paragraph(string.Create(C, $"{FigureFormat.Hours(result.UnownedSupportHours)} of support in the period went to tickets no team owns (no service or team): triage them to see whose capacity they really took."));
        }

        doc.Heading("Teams side by side", 2)
            .Paragraph("Weekly averages over the period. Support = taken by the engineer on rotation + by teammates + overflow; left for planned work = team hours - rotation - teammates - the overflow they took on.")
            .KeepWithNext()
            .Table(t => t
                .Column("Team", ColumnWidth.Relative(2))
                .Column("Team hours", ColumnWidth.Fixed(52), CellAlignment.Right)
                .Column("Rotation", ColumnWidth.Fixed(52), CellAlignment.Right)
                .Column("Support", ColumnWidth.Fixed(52), CellAlignment.Right)
                .Column("Teammates", ColumnWidth.Fixed(58), CellAlignment.Right)
                .Column("Overflow", ColumnWidth.Fixed(52), CellAlignment.Right)
                .Column("Left", ColumnWidth.Fixed(52), CellAlignment.Right)
                .Column("Share", ColumnWidth.Fixed(40), CellAlignment.Right)
                .Rows(teams.Select(g =>
                {
                    var past = g.Where(w => !w.Forecast).ToList();
                    var n = Math.Max(1, past.Count);
                    var share = past.Sum(w => w.NominalHours) > 0 ? past.Sum(w => w.EffectiveHours) / past.Sum(w => w.NominalHours) : 0;
                    return new[]
                    {
                        g.Key, FigureFormat.Hours(past.Sum(w => w.NominalHours) / n), FigureFormat.Hours(past.Sum(w => w.RotationHours) / n),
                        FigureFormat.Hours(past.Sum(w => w.SupportHours) / n), FigureFormat.Hours(past.Sum(w => w.LeakedHours) / n),
                        FigureFormat.Hours(past.Sum(w => w.OverflowHours) / n),
                        FigureFormat.Hours(past.Sum(w => w.EffectiveHours) / n), FigureFormat.Share(share),
                    };
                })));

        var shares = teams.Select(g =>
        {
            var past = g.Where(w => !w.Forecast).ToList();
            var nominalHours = past.Sum(w => w.NominalHours);
            return new CategoryValue(g.Key, nominalHours > 0 ? Math.Round(100 * past.Sum(w => w.EffectiveHours) / nominalHours, 1) : 0);
        }).ToList();
        doc.Chart(RankedBarChart.Build(shares, top: 20, title: "Share of team hours left for planned work", valueLabel: "% of team hours", valueFormat: "N0"), 32 + 16 * shares.Count);

    }

    private static void AddTeam(DocumentBuilder doc, CapacityResult result, string team, List<TeamWeek> weeks, DateOnly from, DateOnly to, bool withHeading)
    {
        var past = weeks.Where(w => !w.Forecast).ToList();
        var n = Math.Max(1, past.Count);
        var nominal = past.Sum(w => w.NominalHours);
        var next = weeks.FirstOrDefault(w => w.Forecast);
        if (withHeading)
        {
            doc.Heading(team);
        }

        doc.KeyFigures(
                new KeyFigure("Left for planned work", nominal > 0 ? FigureFormat.Share(past.Sum(w => w.EffectiveHours) / nominal) : "–", "of team hours, period average"),
                new KeyFigure("Support by teammates", FigureFormat.Hours(past.Sum(w => (w.LeakedHours + w.OverflowHours - w.UnservedHours)) / n), "a week, incl. overflow", Trend.Bad),
                new KeyFigure("Next week", next is null ? "–" : FigureFormat.Hours(next.EffectiveHours),
                    next is null ? "no forecast" : string.Create(C, $"80%: {next.EffectiveLow:N0}–{next.EffectiveHigh:N0} h")),
                new KeyFigure("Tickets", FigureFormat.Count(past.Sum(w => w.TicketsOpened) / n), "opened a week"));

        doc.Chart(CapacityChart.Build(weeks, "Hours per week: history and forecast"), 150);

        var byService = result.Breakdown.Where(b => b.Team == team && b.Dimension == SupportBreakdown.ByService).Take(5).ToList();
        var serviceHours = result.Breakdown.Where(b => b.Team == team && b.Dimension == SupportBreakdown.ByService).Sum(b => b.Hours);
        var byType = result.Breakdown.Where(b => b.Team == team && b.Dimension == SupportBreakdown.ByType).ToList();
        doc.Heading("Where the support load came from", 2).KeepWithNext()
            .Table(t => t
                .Column("Service", ColumnWidth.Relative(3))
                .Column("Tickets", ColumnWidth.Fixed(56), CellAlignment.Right)
                .Column("Hours", ColumnWidth.Fixed(64), CellAlignment.Right)
                .Column("Share", ColumnWidth.Fixed(48), CellAlignment.Right)
                .Rows(byService.Select(b => Row(b, serviceHours))))
            .Paragraph("By ticket type: " + string.Join(", ", byType.Select(b =>
                string.Create(C, $"{b.Key} {FigureFormat.Hours(b.Hours)} ({(serviceHours > 0 ? b.Hours / serviceHours : 0):P0})"))) + ".");

        doc.Heading("Rotation schedule", 2)
            .Paragraph(string.Join(" · ", weeks.Select(w =>
                $"{w.Week[^3..]} {w.RotationEngineer ?? "nobody"}{(w.Forecast ? " (planned)" : string.Create(C, $", took {FigureFormat.Hours(w.AbsorbedHours)} of support"))}")));

        var tails = result.ReleaseTails.Where(r => r.Team == team && r.Tickets > 0 && r.ReleasedOn >= from && r.ReleasedOn <= to)
            .OrderByDescending(r => r.ExcessTickets).Take(3).ToList();
        if (tails.Count > 0)
        {
            doc.Paragraph("Largest release bug tails: " + string.Join("; ", tails.Select(r => string.Create(C,
                $"{r.Service} {r.Version} ({r.ReleasedOn:d MMM}): {r.Tickets:N0} bug tickets in 3 weeks, {r.ExcessTickets:N0} above baseline, {FigureFormat.Hours(r.SupportHours)}"))) + ".");
        }
    }

    // For leads: whether routing can lean on the suggestions. A PM's digest leaves this out. Acceptance comes from
    // triage decisions only; agreement with the final owner is a different figure and says so.
    private static void AddSuggestionAppendix(DocumentBuilder doc, FinalOwnerAgreement? agreement, SuggestionAcceptance? acceptance)
    {
        if (agreement is null && acceptance is not { HasDecisions: true })
        {
            return;
        }

        doc.Heading("Appendix: suggested owners", 2);
        if (acceptance is not null)
        {
            var t = acceptance.Total;
            doc.Paragraph(acceptance.HasDecisions
                ? string.Create(C,
                    $"Accepted in triage: of the {t.Decided:N0} tickets routed in the triage workspace from {acceptance.From:d MMM} to {acceptance.To:d MMM} with a suggestion shown, {t.Top1:N0} ({t.Top1Rate:P0}) went to the suggested owner and {t.Top3:N0} ({t.Top3Rate:P0}) to one of the top three shown.")
                : $"Accepted in triage: no triage decisions yet in this period ({acceptance.From:d MMM} to {acceptance.To:d MMM}), so there is no acceptance figure.");
        }

        if (agreement is { } s)
        {
            doc.Paragraph(string.Create(C,
                $"Agreement with the final owner: {s.Suggested:N0} tickets got an owner suggestion when they arrived in the last four weeks of the period. Of those that now have an owner and were not left for human triage ({s.Compared:N0}), the first suggestion agreed with the final owner for {s.Top1Rate:P0} and one of the top three for {s.Top3Rate:P0}; {s.Abstained:N0} were left for human triage because the model was unsure. This compares with the service the ticket carries now, not with what anyone accepted."));
        }
    }

    private static string[] Row(SupportBreakdown b, double total) =>
        [b.Key, b.Tickets.ToString("N0", C), FigureFormat.Hours(b.Hours), total > 0 ? FigureFormat.Share(b.Hours / total) : "–"];
}
