using System.Globalization;
using SkiaSharp;

namespace Reporting.Reports.Documents;

/// <summary>
/// The layout pass: measures every block, paginates, and adds the running header and the
/// "Page X of Y" footer. Pure computation with no drawing (charts are only given a box), so it is
/// safe to call from several threads at once.
/// </summary>
public static class DocumentLayoutEngine
{
    private const float HeaderGap = 10f;
    private const float RuleGap = 4f;
    private const float RuleThickness = 0.5f;

    public static DocumentLayout Layout(DocumentDefinition document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(document.Metadata);
        DocumentTheme theme = document.Theme ?? DocumentTheme.Default;
        PageSize size = document.PageSize ?? PageSize.A4;
        PageMargins margins = document.Margins ?? PageMargins.Default;

        using var fonts = new FontCache();
        var chromeStyle = new TextStyle(FontFace.Regular, theme.HeaderFooterSize, theme.MutedColor);
        TextMetrics chrome = TextMetrics.For(fonts.Get(chromeStyle), 1.2f);

        string headerLeft = TextSanitizer.Clean(document.HeaderText);
        string headerRight = TextSanitizer.Clean(document.HeaderRightText);
        bool hasHeader = headerLeft.Length > 0 || headerRight.Length > 0;
        float headerHeight = hasHeader ? chrome.LineHeight + RuleGap + RuleThickness + HeaderGap : 0;
        float footerHeight = HeaderGap + RuleThickness + RuleGap + chrome.LineHeight;

        float contentLeft = margins.Left;
        float contentWidth = size.Width - margins.Left - margins.Right;
        float contentTop = margins.Top + headerHeight;
        float contentBottom = size.Height - margins.Bottom - footerHeight;
        if (contentWidth < 36f || contentBottom - contentTop < 72f)
        {
            throw new ArgumentException("The margins leave too little room for content on this page size.", nameof(document));
        }

        var measurer = new BlockMeasurer(fonts, theme, contentWidth, contentBottom - contentTop);
        var measured = (document.Blocks ?? []).Where(block => block is not null).Select(measurer.Measure).ToArray();
        var bodies = new Paginator(contentLeft, contentTop, contentBottom).Paginate(measured);

        var chromeLayout = new PageChrome(fonts.Get(chromeStyle), chromeStyle, chrome, contentLeft, contentWidth);
        var pages = new List<LaidOutPage>(bodies.Count);
        for (int i = 0; i < bodies.Count; i++)
        {
            var fragments = new List<PageFragment>(bodies[i]);
            if (hasHeader)
            {
                chromeLayout.AddLine(fragments, margins.Top, headerLeft, headerRight);
                fragments.Add(new BoxFragment(SKRect.Create(contentLeft, margins.Top + chrome.LineHeight + RuleGap, contentWidth, RuleThickness), theme.RuleColor));
            }

            float footerTop = size.Height - margins.Bottom - chrome.LineHeight;
            fragments.Add(new BoxFragment(SKRect.Create(contentLeft, footerTop - RuleGap - RuleThickness, contentWidth, RuleThickness), theme.RuleColor));
            string pageNumber = string.Format(CultureInfo.InvariantCulture, document.PageNumberFormat ?? "{0} / {1}", i + 1, bodies.Count);
            chromeLayout.AddLine(fragments, footerTop, TextSanitizer.Clean(document.FooterText), pageNumber);
            pages.Add(new LaidOutPage(i + 1, fragments));
        }

        return new DocumentLayout(document.Metadata, size, pages);
    }
}
