using Reporting.Reports.Documents;

namespace Reporting.Reports.Tests.Documents;

/// <summary>Small queries over a layout, so tests read as statements about pages.</summary>
internal static class LayoutQueries
{
    public static IEnumerable<TextFragment> Texts(this LaidOutPage page) => page.Fragments.OfType<TextFragment>();

    public static bool Contains(this LaidOutPage page, string text) => page.Texts().Any(t => t.Text.Contains(text, StringComparison.Ordinal));

    public static int PageOf(this DocumentLayout layout, string text) =>
        layout.Pages.First(page => page.Contains(text)).Number;

    public static TextFragment Find(this DocumentLayout layout, string text) =>
        layout.Pages.SelectMany(page => page.Texts()).First(t => t.Text.Contains(text, StringComparison.Ordinal));
}
