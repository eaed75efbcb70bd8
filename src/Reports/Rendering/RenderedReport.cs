namespace Reporting.Reports.Rendering;

/// <summary>A rendered document: the PDF, its page count, and PNG previews when asked for.</summary>
public sealed record RenderedReport(string FileName, byte[] Pdf, int Pages, IReadOnlyList<byte[]> PngPages)
{
    /// <summary>Writes the PDF (and previews as NAME-page-N.png) into <paramref name="directory"/>; returns the PDF's path.</summary>
    public async Task<string> WriteAsync(string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        await File.WriteAllBytesAsync(path, Pdf, cancellationToken);
        for (var i = 0; i < PngPages.Count; i++)
        {
            await File.WriteAllBytesAsync(Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(FileName)}-page-{i + 1}.png"), PngPages[i], cancellationToken);
        }

        return path;
    }
}
