using System.Buffers.Binary;
using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MimeKit;
using Reporting.Analytics.Digest;
using Reporting.Host.Application.Digests;
using Reporting.Reports.Privacy;
using Reporting.Reports.Rendering;
using Reporting.Testing;

namespace Reporting.Host.Tests.Application.Digests;

/// <summary>The digest e-mail composed for a real digest of the sample warehouse, read as a mail client reads it.</summary>
[Collection(ServiceCollection.Name)]
public class DigestEmailTests(ServiceFixture fixture)
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private async Task<(RenderedDigest Digest, MimeMessage Message)> ComposeAsync()
    {
        var connection = fixture.Warehouse.Connection;
        var renderer = new RenderDigests(connection, TestClock.Create(), TextMasker.Default);
        var subscription = (await DigestSubscription.LoadAllAsync(connection, CancellationToken.None))[0];
        var digest = await renderer.RenderAsync(subscription, await renderer.WeekAsync(null, CancellationToken.None), false, CancellationToken.None);
        Assert.NotEmpty(digest.Data.Outlook); // the figures below would hold vacuously without a forecast
        return (digest, DigestEmail.Compose(digest, new MailboxAddress("Reporting", "reporting@example.com"), TextMasker.Default));
    }

    private static IDocument Html(MimeMessage message) => new HtmlParser().ParseDocument(message.HtmlBody ?? "");

    private static IEnumerable<MimeEntity> Descendants(MimeEntity entity) =>
        entity is Multipart multipart ? multipart.SelectMany(child => Descendants(child).Prepend(child)) : [];

    private static byte[] Bytes(MimePart part)
    {
        using var bytes = new MemoryStream();
        part.Content!.DecodeTo(bytes);
        return bytes.ToArray();
    }

    [Fact]
    public async Task Each_teams_capacity_chart_is_a_png_inside_the_message_that_the_html_shows_by_its_content_id()
    {
        var (digest, message) = await ComposeAsync();

        var related = Assert.Single(Descendants(message.Body!).OfType<MultipartRelated>());
        Assert.Equal("text/html", related[0].ContentType.MimeType);
        var images = related.OfType<MimePart>().Where(p => p.ContentType.MimeType == "image/png").ToList();
        Assert.Equal(digest.Data.Outlook.Count, images.Count); // one chart per team
        var sources = Html(message).Images.Select(img => img.GetAttribute("src")).ToList();
        Assert.Equal(images.Select(i => "cid:" + i.ContentId), sources);
        Assert.All(images, image =>
        {
            Assert.False(image.IsAttachment); // shown in the body, not listed with the PDF
            var png = Bytes(image);
            Assert.Equal(PngSignature, png[..8]);
            // The PDF's 507 x 175 pt chart at twice the 560 px it is shown at.
            Assert.Equal((1120, 387), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
            Assert.InRange(png.Length, 10_000, 80_000);
        });
    }

    [Fact]
    public async Task Both_parts_open_with_the_next_two_weeks_then_what_changed_then_point_to_the_attached_pdf()
    {
        var (digest, message) = await ComposeAsync();
        string[] order = ["Next two weeks", $"What changed last week ({WeekWords.Of(digest.Data.Week)})", $"attached as {digest.Report.FileName}"];

        foreach (var text in new[] { message.TextBody!, Html(message).Body!.TextContent })
        {
            var positions = order.Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(-1, positions);
            Assert.Equal(positions.Order(), positions);
        }
    }

    [Fact]
    public async Task Both_parts_give_each_teams_hours_share_engineers_and_range_as_computed_from_the_forecast()
    {
        var (digest, message) = await ComposeAsync();
        var html = Html(message).Body!.TextContent;

        foreach (var team in digest.Data.Outlook)
        {
            var expected = team.Weeks.Take(2).Select(w =>
                $"Left for planned work, {WeekWords.Of(w.WeekStart)}: {Hours(w.EffectiveHours)} ({w.EffectiveShare.ToString("P0", C)}), " +
                $"{(w.EffectiveHours / team.Size.HoursPerEngineer).ToString("N1", C)} of {team.Size.Engineers} engineers")
                .Append(string.Create(C, $"80% range: {team.Weeks[0].EffectiveLow:N0}\u2013{team.Weeks[0].EffectiveHigh:N0} h"))
                .ToList();
            Assert.Equal(3, expected.Count);
            foreach (var line in expected)
            {
                Assert.Contains($"  {line}\n", message.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
                var (label, value) = (line[..line.IndexOf(": ", StringComparison.Ordinal)], line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..]);
                Assert.Contains(label + value, html, StringComparison.Ordinal); // a label cell followed by its value cell
            }
        }

        static string Hours(double h) => h.ToString(Math.Abs(h) >= 100 ? "N0" : "N1", C) + " h";
    }

    [Fact]
    public async Task Layout_is_inline_tables_at_most_600_px_wide_in_explicit_light_and_dark_safe_colours_with_no_style_block()
    {
        var (_, message) = await ComposeAsync();
        var html = Html(message);

        Assert.Empty(html.QuerySelectorAll("style, link"));
        Assert.Equal("light dark", html.QuerySelector("meta[name=color-scheme]")?.GetAttribute("content"));
        var tables = html.QuerySelectorAll("table");
        Assert.All(tables, t => Assert.Equal("presentation", t.GetAttribute("role")));
        Assert.Contains(tables, t => t.GetAttribute("style")!.Contains("max-width:600px", StringComparison.Ordinal));
        Assert.All(html.QuerySelectorAll("td"), td =>
        {
            var style = td.GetAttribute("style") ?? "";
            Assert.Contains("background-color:#", style, StringComparison.Ordinal);
            if (td.ChildElementCount == 0 && td.TextContent.Trim().Length > 0)
            {
                // Text sits in a cell that names its own font and colour: no client default serif, no white on transparent.
                Assert.Contains("font-family:Arial,Helvetica,sans-serif;", style, StringComparison.Ordinal);
                Assert.Matches("(^|;)color:#[0-9A-F]{6}", style);
            }
        });
        Assert.All(html.QuerySelectorAll("p, h1, h2"), e => Assert.Contains("color:#", e.GetAttribute("style"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_pdf_is_attached_unchanged_and_the_whole_message_stays_under_300_KB()
    {
        var (digest, message) = await ComposeAsync();

        var attachment = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal(("application/pdf", digest.Report.FileName), (attachment.ContentType.MimeType, attachment.FileName));
        Assert.Equal(digest.Report.Pdf, Bytes(attachment));
        using var size = new MimeKit.IO.MeasuringStream();
        message.WriteTo(size);
        Assert.InRange(size.Length, 50_000, 300_000);
    }
}
