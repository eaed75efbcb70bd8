namespace Reporting.Host.Web;

/// <summary>The stylesheet, embedded in the assembly and served by the app itself (the content security policy allows only 'self').</summary>
public static class WebAssets
{
    public const string StylesheetPath = "/web/site.css";

    private static readonly Lazy<byte[]> Stylesheet = new(() =>
    {
        using var stream = typeof(WebAssets).Assembly.GetManifestResourceStream("Reporting.Host.Web.Assets.site.css")
                           ?? throw new InvalidOperationException("The stylesheet is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static IResult GetStylesheet(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(Stylesheet.Value, "text/css; charset=utf-8");
    }
}
