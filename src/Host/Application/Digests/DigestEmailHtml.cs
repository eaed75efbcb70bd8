using System.Globalization;
using System.Net;
using System.Text;

namespace Reporting.Host.Application.Digests;

/// <summary>
/// The HTML part, in the shape mail clients render alike: nested presentation tables (Outlook's Word engine ignores
/// CSS layout), every cell and text element styled inline (Gmail and others drop or rewrite &lt;style&gt;), a 600 px
/// column centred (a fixed-width table for Outlook, which ignores max-width) and one web-safe font stack (Outlook
/// falls back to Times when the first font of a stack is missing). Colours are explicit everywhere, dark text on
/// light backgrounds with contrast of 6:1 or more, so clients that recolour for dark mode recolour both.
/// </summary>
public static class DigestEmailHtml
{
    public const int ContentWidth = 560;

    private const int Width = 600;
    private const string Font = "font-family:Arial,Helvetica,sans-serif;";
    private const string Ink = "#1F2328";
    private const string Muted = "#57606A";
    private const string PageBackground = "#EEF1F4";
    private const string Card = "#FFFFFF";
    private const string Panel = "#F6F8FA";
    private const string Rule = "#D0D7DE";
    private const string Accent = "#009E73"; // the charts' "left for planned work" green, as a border only
    private const string Table = "role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"";

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string Write(DigestEmailContent content, IReadOnlyList<DigestEmailChart> charts)
    {
        var html = new StringBuilder();
        html.Append(C, $"""
            <!DOCTYPE html>
            <html lang="en" xmlns="http://www.w3.org/1999/xhtml">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <meta name="supported-color-schemes" content="light dark">
            <title>{E(content.Title)}</title>
            </head>
            <body style="margin:0;padding:0;background-color:{PageBackground};color:{Ink};" bgcolor="{PageBackground}">
            <table {Table} width="100%" bgcolor="{PageBackground}" style="width:100%;background-color:{PageBackground};">
            <tr><td align="center" style="padding:24px 8px;background-color:{PageBackground};">
            <!--[if mso]><table {Table} width="{Width}" align="center"><tr><td style="padding:0;"><![endif]-->
            <table {Table} width="100%" align="center" bgcolor="{Card}" style="width:100%;max-width:{Width}px;background-color:{Card};border:1px solid {Rule};">

            """);

        Cell(html, "24px 20px 4px 20px", $"<h1 style=\"margin:0;{Font}font-size:20px;line-height:26px;font-weight:bold;color:{Ink};\">{E(content.Title)}</h1>");
        Cell(html, "12px 20px 0 20px", Paragraph(content.Greeting) + Paragraph(content.Period, Muted));

        Cell(html, "8px 20px 0 20px", Heading(DigestEmailContent.OutlookHeading) + Paragraph(content.OutlookIntroduction));
        foreach (var team in content.Teams)
        {
            Cell(html, "4px 20px 16px 20px", Team(team, charts.FirstOrDefault(c => c.Team == team.Team)));
        }

        Cell(html, "8px 20px 0 20px", Heading(content.ChangedHeading) + Figures(content.Figures) + Bullets(content.Changes));
        Cell(html, "8px 20px 20px 20px", Paragraph(content.Attachment));
        html.Append(C, $"""
            <tr><td style="padding:12px 20px;background-color:{Panel};border-top:1px solid {Rule};{Font}font-size:12px;line-height:18px;color:{Muted};" bgcolor="{Panel}">{E(content.Footer)}</td></tr>
            </table>
            <!--[if mso]></td></tr></table><![endif]-->
            </td></tr>
            </table>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static void Cell(StringBuilder html, string padding, string inner) =>
        html.Append(C, $"<tr><td style=\"padding:{padding};background-color:{Card};\" bgcolor=\"{Card}\">{inner}</td></tr>\n");

    private static string Heading(string text) =>
        $"<h2 style=\"margin:12px 0 10px 0;padding:0 0 6px 0;border-bottom:1px solid {Rule};{Font}font-size:17px;line-height:22px;font-weight:bold;color:{Ink};\">{E(text)}</h2>";

    private static string Paragraph(string text, string color = Ink) =>
        $"<p style=\"margin:0 0 12px 0;{Font}font-size:14px;line-height:21px;color:{color};\">{E(text)}</p>";

    private static string Team(DigestEmailTeam team, DigestEmailChart? chart)
    {
        var html = new StringBuilder();
        html.Append(C, $"<table {Table} width=\"100%\" bgcolor=\"{Panel}\" style=\"width:100%;background-color:{Panel};border-left:4px solid {Accent};\">");
        html.Append(C, $"<tr><td style=\"padding:10px 12px 4px 12px;background-color:{Panel};{Font}font-size:16px;line-height:22px;font-weight:bold;color:{Ink};\" bgcolor=\"{Panel}\">{E(team.Team)}</td></tr>");
        html.Append(C, $"<tr><td style=\"padding:0 12px 4px 12px;background-color:{Panel};\" bgcolor=\"{Panel}\">{Figures(team.Figures, Panel)}</td></tr>");
        html.Append(C, $"<tr><td style=\"padding:0 12px 8px 12px;background-color:{Panel};\" bgcolor=\"{Panel}\">{Paragraph("Why:", Muted)}{Bullets(team.Reasons, Panel)}</td></tr>");
        html.Append("</table>");
        if (chart is not null)
        {
            // The width attribute is for Outlook, which ignores CSS widths on images; the chart's own white
            // background keeps it legible on a dark-mode page.
            html.Append(C, $"<img src=\"{E(chart.Source)}\" width=\"{ContentWidth}\" alt=\"{E(chart.Description)}\" style=\"display:block;width:100%;max-width:{ContentWidth}px;height:auto;margin:10px 0 0 0;border:0;outline:none;text-decoration:none;{Font}font-size:13px;color:{Muted};\">");
        }

        return html.ToString();
    }

    private static string Figures(IReadOnlyList<(string Label, string Value)> figures, string background = Card)
    {
        var html = new StringBuilder();
        html.Append(C, $"<table {Table} width=\"100%\" style=\"width:100%;\">");
        foreach (var (label, value) in figures)
        {
            html.Append(C, $"<tr><td style=\"padding:3px 12px 3px 0;background-color:{background};{Font}font-size:14px;line-height:20px;color:{Muted};vertical-align:top;\" bgcolor=\"{background}\">{E(label)}</td>");
            html.Append(C, $"<td style=\"padding:3px 0;background-color:{background};{Font}font-size:14px;line-height:20px;font-weight:bold;color:{Ink};text-align:right;vertical-align:top;\" bgcolor=\"{background}\" align=\"right\">{E(value)}</td></tr>");
        }

        html.Append("</table>");
        return html.ToString();
    }

    // Bullets as a table: list indents differ between clients, and Outlook draws its own.
    private static string Bullets(IReadOnlyList<string> items, string background = Card)
    {
        if (items.Count == 0)
        {
            return "";
        }

        var html = new StringBuilder();
        html.Append(C, $"<table {Table} width=\"100%\" style=\"width:100%;margin:0 0 4px 0;\">");
        foreach (var item in items)
        {
            html.Append(C, $"<tr><td style=\"width:16px;padding:2px 0;background-color:{background};{Font}font-size:14px;line-height:20px;color:{Muted};vertical-align:top;\" width=\"16\" bgcolor=\"{background}\">&#8226;</td>");
            html.Append(C, $"<td style=\"padding:2px 0;background-color:{background};{Font}font-size:14px;line-height:20px;color:{Ink};vertical-align:top;\" bgcolor=\"{background}\">{E(item)}</td></tr>");
        }

        html.Append("</table>");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
