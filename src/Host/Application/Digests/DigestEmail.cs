using System.Globalization;
using System.Net;
using MimeKit;
using Reporting.Reports.Digest;
using Reporting.Analytics.Digest;
using Reporting.Reports.Privacy;
using Reporting.Reports.Rendering;

namespace Reporting.Host.Application.Digests;

/// <summary>
/// The digest e-mail: a short plain-text and HTML body with the headline figures and what changed, and the PDF
/// attached. Anything derived from ticket text is masked.
/// </summary>
public static class DigestEmail
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static MimeMessage Compose(RenderedDigest digest, MailboxAddress from, TextMasker masker)
    {
        var d = digest.Data;
        var s = d.Subscription;
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(new MailboxAddress(s.PmName, s.PmEmail));
        message.Subject = $"Weekly digest {d.Week}: {string.Join(", ", s.Teams)}";

        var figures = new (string Label, string Value)[]
        {
            ("New tickets", $"{FigureFormat.Count(d.ThisWeek.Opened)} ({FigureFormat.Delta(d.ThisWeek.Opened, d.LastWeek.Opened)})"),
            ("Resolved", $"{FigureFormat.Count(d.ThisWeek.Resolved)} ({FigureFormat.Delta(d.ThisWeek.Resolved, d.LastWeek.Resolved)})"),
            ("Backlog", $"{FigureFormat.Count(d.ThisWeek.Backlog)} ({FigureFormat.Delta(d.ThisWeek.Backlog, d.LastWeek.Backlog)})"),
            ("Median time to resolve", FigureFormat.Duration(d.ThisWeek.MedianResolutionHours)),
            ("Left for planned work", $"{FigureFormat.Share(d.ThisWeek.EffectiveShare)} of nominal capacity"),
        };
        var changes = WhatChanged.Write(d).Select(masker.Mask).ToList();

        var text = new System.Text.StringBuilder();
        text.AppendLine(C, $"Hello {s.PmName},");
        text.AppendLine();
        text.AppendLine(C, $"Your weekly digest for {d.Week} ({d.Week.Monday:d MMM} to {d.Week.Sunday:d MMM yyyy}) is attached.");
        text.AppendLine();
        foreach (var (label, value) in figures)
        {
            text.AppendLine(C, $"  {label}: {value}");
        }

        text.AppendLine();
        text.AppendLine("What changed:");
        foreach (var change in changes)
        {
            text.AppendLine(C, $"  - {change}");
        }

        var html = new System.Text.StringBuilder();
        html.Append(C, $"<p>Hello {Encode(s.PmName)},</p><p>Your weekly digest for <b>{d.Week}</b> is attached.</p><table>");
        foreach (var (label, value) in figures)
        {
            html.Append(C, $"<tr><td>{Encode(label)}</td><td><b>{Encode(value)}</b></td></tr>");
        }

        html.Append("</table><p>What changed:</p><ul>");
        foreach (var change in changes)
        {
            html.Append(C, $"<li>{Encode(change)}</li>");
        }

        html.Append("</ul>");

        var body = new BodyBuilder { TextBody = text.ToString(), HtmlBody = html.ToString() };
        body.Attachments.Add(digest.Report.FileName, digest.Report.Pdf, new ContentType("application", "pdf"));
        message.Body = body.ToMessageBody();
        return message;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
