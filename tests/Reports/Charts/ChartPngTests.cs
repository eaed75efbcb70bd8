using Reporting.Reports.Charts;
using Reporting.Reports.Tests.Documents;
using SkiaSharp;

namespace Reporting.Reports.Tests.Charts;

public sealed class ChartPngTests
{
    [Fact]
    public void A_chart_laid_out_at_507_by_175_points_at_scale_2_is_a_1014_by_350_opaque_png()
    {
        byte[] png = ChartPng.Render(TestDocuments.FlowChart(), 507, 175, 2);

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((1014, 350), (bitmap.Width, bitmap.Height));
        Assert.Equal(SKColors.White, bitmap.GetPixel(2, 2)); // a white ground, never transparent on a dark-mode page
        Assert.True(Enumerable.Range(0, bitmap.Width).Any(x => bitmap.GetPixel(x, bitmap.Height / 2) != SKColors.White), "the chart is drawn");
    }
}
