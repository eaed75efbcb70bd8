using System.Globalization;
using System.Text;

namespace Reporting.Host.Application.Digests;

/// <summary>The plain-text part: the same content as the HTML part, in the same order, readable in any client.</summary>
public static class DigestEmailText
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string Write(DigestEmailContent content)
    {
        var text = new StringBuilder();
        text.AppendLine(content.Title).AppendLine();
        text.AppendLine(content.Greeting).AppendLine();
        text.AppendLine(content.Period).AppendLine();

        Heading(text, DigestEmailContent.OutlookHeading);
        text.AppendLine(content.OutlookIntroduction);
        foreach (var team in content.Teams)
        {
            text.AppendLine().AppendLine(team.Team);
            foreach (var (label, value) in team.Figures)
            {
                text.AppendLine(C, $"  {label}: {value}");
            }

            text.AppendLine("  Why:");
            foreach (var reason in team.Reasons)
            {
                text.AppendLine(C, $"  - {reason}");
            }
        }

        text.AppendLine();
        Heading(text, content.ChangedHeading);
        foreach (var (label, value) in content.Figures)
        {
            text.AppendLine(C, $"  {label}: {value}");
        }

        text.AppendLine();
        foreach (var change in content.Changes)
        {
            text.AppendLine(C, $"  - {change}");
        }

        text.AppendLine().AppendLine(content.Attachment);
        text.AppendLine().AppendLine("-- ").AppendLine(content.Footer);
        return text.ToString();
    }

    // Underlined, so the sections stand out without markup.
    private static void Heading(StringBuilder text, string heading) =>
        text.AppendLine(heading).AppendLine(new string('-', heading.Length)).AppendLine();
}
