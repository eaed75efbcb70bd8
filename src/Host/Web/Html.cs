using System.Globalization;
using System.Text.Encodings.Web;

namespace Reporting.Host.Web;

/// <summary>Encoding for the server-rendered pages: every value from the warehouse or the request goes through <see cref="E"/>.</summary>
public static class Html
{
    public static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    /// <summary>A path segment, escaped for the URL and then for the attribute it sits in.</summary>
    public static string Segment(string text) => E(Uri.EscapeDataString(text));

    public static string Percent(double probability) => probability.ToString("P0", CultureInfo.InvariantCulture);

    public static string Age(TimeSpan age) => age.TotalDays >= 1
        ? $"{(int)age.TotalDays} d"
        : age.TotalHours >= 1 ? $"{(int)age.TotalHours} h" : $"{Math.Max(0, (int)age.TotalMinutes)} min";

    public static IResult Page(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
