using Reporting.Reports.Documents;

namespace Reporting.Reports.Rendering;

/// <summary>Lays a document out once and renders it to PDF, and to PNG previews of the same layout when asked.</summary>
public static class ReportRenderer
{
    public const float PreviewDpi = 110f;

    public static RenderedReport Render(DocumentDefinition document, string fileName, bool previews = false)
    {
        var layout = DocumentLayoutEngine.Layout(document);
        var pdf = PdfRenderer.ToBytes(layout);
        var pngs = previews ? PngRenderer.Render(layout, PreviewDpi) : [];
        return new RenderedReport(fileName, pdf, layout.Pages.Count, pngs);
    }

    /// <summary>A file name safe on every file system, from a person's e-mail or a team name.</summary>
    public static string SafeName(string text)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var cleaned = new string(text.Select(c => invalid.Contains(c) || char.IsWhiteSpace(c) || c == '@' ? '-' : char.ToLowerInvariant(c)).ToArray());
        return cleaned.Trim('-');
    }
}
