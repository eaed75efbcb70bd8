namespace Reporting.Reports.Documents;

/// <summary>Single-line header and footer text: left text and right text share the width, never overlap.</summary>
internal sealed class PageChrome(TextShaper font, TextStyle style, TextMetrics metrics, float left, float width)
{
    private const float MinimumGap = 12f;

    public void AddLine(List<PageFragment> page, float top, string leftText, string rightText)
    {
        // The right side (page number, date) is short and must stay whole, so it is measured first.
        TextLine right = LineWrapper.SingleLine(rightText, font, width * 0.5f);
        float leftWidth = Math.Max(0, width - right.Width - (right.Width > 0 ? MinimumGap : 0));
        TextLine leftLine = LineWrapper.SingleLine(leftText, font, leftWidth);

        if (leftLine.Text.Length > 0)
        {
            page.Add(BlockMeasurer.LineFragment(leftLine, style, metrics, left, leftWidth).Offset(0, top));
        }

        if (right.Text.Length > 0)
        {
            float x = left + width - right.Width;
            page.Add(BlockMeasurer.LineFragment(right, style, metrics, x, right.Width).Offset(0, top));
        }
    }
}
