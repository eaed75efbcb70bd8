using MimeKit;
using MimeKit.Utils;
using Reporting.Reports.Capacity;
using Reporting.Reports.Charts;
using Reporting.Reports.Privacy;
using Reporting.Reports.Rendering;

namespace Reporting.Host.Application.Digests;

/// <summary>
/// The digest e-mail: the next two weeks per team with each team's capacity chart inline, what changed last week,
/// and the PDF attached; as HTML and as plain text saying the same things in the same order. Anything derived
/// from ticket text is masked.
/// </summary>
public static class DigestEmail
{
    // The digest PDF's chart size in points (A4 less its margins, 175 pt high), so the picture is the PDF's; drawn
    // at twice the 560 px it is shown at, for high-density screens. About 30 KB a team.
    private const float ChartLayoutWidth = 507;
    private const float ChartLayoutHeight = 175;
    private const float ChartScale = 2f * DigestEmailHtml.ContentWidth / ChartLayoutWidth;

    public static MimeMessage Compose(RenderedDigest digest, MailboxAddress from, TextMasker masker)
    {
        var d = digest.Data;
        var s = d.Subscription;
        var content = DigestEmailContent.Of(digest, masker);
        var charts = Charts(digest, content);

        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(new MailboxAddress(s.PmName, s.PmEmail));
        message.Subject = content.Title;

        var body = new BodyBuilder { TextBody = DigestEmailText.Write(content), HtmlBody = DigestEmailHtml.Write(content, charts) };
        foreach (var chart in charts)
        {
            var image = body.LinkedResources.Add(chart.FileName, chart.Png, new ContentType("image", "png"));
            image.ContentId = chart.ContentId;
        }

        body.Attachments.Add(digest.Report.FileName, digest.Report.Pdf, new ContentType("application", "pdf"));
        message.Body = body.ToMessageBody();
        return message;
    }

    // The PDF's capacity chart for each team in the outlook: the same weeks, layers and title.
    private static List<DigestEmailChart> Charts(RenderedDigest digest, DigestEmailContent content)
    {
        var charts = new List<DigestEmailChart>();
        foreach (var team in content.Teams)
        {
            var weeks = digest.Data.Capacity.Where(w => w.Team == team.Team).ToList();
            if (weeks.Count == 0)
            {
                continue;
            }

            var title = $"{team.Team}: hours per week";
            var png = ChartPng.Render(CapacityChart.Build(weeks, title), ChartLayoutWidth, ChartLayoutHeight, ChartScale);
            charts.Add(new DigestEmailChart(
                team.Team,
                MimeUtils.GenerateMessageId("reporting.local"),
                $"capacity-{ReportRenderer.SafeName(team.Team)}.png",
                png,
                $"{title}: green is left for planned work, red support by teammates, purple overflow, orange the engineer on rotation; shaded weeks are the forecast."));
        }

        return charts;
    }
}
