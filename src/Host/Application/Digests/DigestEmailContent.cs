using System.Globalization;
using Reporting.Analytics.Digest;
using Reporting.Reports.Digest;
using Reporting.Reports.Outlook;
using Reporting.Reports.Privacy;
using Reporting.Reports.Rendering;

namespace Reporting.Host.Application.Digests;

/// <summary>
/// What the digest e-mail says, in the order it says it: the next two weeks per team, what changed last week, then
/// the attached PDF. The HTML and plain-text parts both write this one list, so they cannot drift apart; the
/// sentences and figures are the PDF's own. Anything derived from ticket text is masked here.
/// </summary>
public sealed record DigestEmailContent(
    string Title,
    string Greeting,
    string Period,
    string OutlookIntroduction,
    IReadOnlyList<DigestEmailTeam> Teams,
    string ChangedHeading,
    IReadOnlyList<(string Label, string Value)> Figures,
    IReadOnlyList<string> Changes,
    string Attachment,
    string Footer)
{
    public const string OutlookHeading = NextTwoWeeksSection.Title;

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static DigestEmailContent Of(RenderedDigest digest, TextMasker masker)
    {
        var d = digest.Data;
        var s = d.Subscription;
        var weeks = NextTwoWeeksSection.PlanningWeeks(d.Outlook);
        var columns = NextTwoWeeksSection.Columns(weeks);
        var teams = weeks.Count == 0
            ? []
            : d.Outlook.Select(team => new DigestEmailTeam(
                team.Team,
                NextTwoWeeksSection.Row(team, weeks).Skip(1).Select((cell, i) => (columns[i + 1], cell)).ToList(),
                NextTwoWeeksSection.Reasons(team, masker))).ToList();

        return new DigestEmailContent(
            Title: $"Weekly digest {d.Week}: {string.Join(", ", s.Teams)}",
            Greeting: $"Hello {s.PmName},",
            Period: string.Create(C, $"Your weekly digest for {d.Week}, after the week of {d.Week.Monday:d MMMM} to {d.Week.Sunday:d MMMM yyyy}. Figures cover the teams you own; capacity is in engineering hours."),
            OutlookIntroduction: weeks.Count == 0 ? NextTwoWeeksSection.NoForecast : NextTwoWeeksSection.Introduction(weeks),
            Teams: teams,
            ChangedHeading: $"What changed last week ({WeekWords.Of(d.Week)})",
            Figures:
            [
                ("New tickets", $"{FigureFormat.Count(d.ThisWeek.Opened)} ({FigureFormat.Delta(d.ThisWeek.Opened, d.LastWeek.Opened)})"),
                ("Resolved", $"{FigureFormat.Count(d.ThisWeek.Resolved)} ({FigureFormat.Delta(d.ThisWeek.Resolved, d.LastWeek.Resolved)})"),
                ("Backlog", $"{FigureFormat.Count(d.ThisWeek.Backlog)} ({FigureFormat.Delta(d.ThisWeek.Backlog, d.LastWeek.Backlog)})"),
                ("Median time to resolve", FigureFormat.Duration(d.ThisWeek.MedianResolutionHours)),
                ("Left for planned work", $"{FigureFormat.Share(d.ThisWeek.EffectiveShare)} of nominal capacity"),
            ],
            Changes: WhatChanged.Write(d).Select(masker.Mask).ToList(),
            Attachment: string.Create(C, $"The full digest is attached as {digest.Report.FileName} ({digest.Report.Pages} pages): capacity week by week, tickets in and out, release bug tails, recurring bugs and tickets bounced between teams."),
            Footer: $"You receive this digest as the product manager of {string.Join(" and ", s.Teams)}.");
    }
}
