using System.Xml.Linq;
using Reporting.Reports.Charts;
using Reporting.Reports.Tests.Documents;

namespace Reporting.Reports.Tests.Charts;

public sealed class ChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void A_chart_laid_out_at_720_by_260_points_is_an_svg_of_that_size_on_white_with_its_text_as_text()
    {
        var document = XDocument.Parse(ChartSvg.Render(TestDocuments.FlowChart("Tickets <per> week"), 720, 260));

        var root = document.Root!;
        Assert.Equal((Svg + "svg", "720", "260"), (root.Name, root.Attribute("width")?.Value, root.Attribute("height")?.Value));
        var ground = root.Elements(Svg + "rect").First();
        Assert.Equal(("white", "720", "260"), (ground.Attribute("fill")?.Value, ground.Attribute("width")?.Value, ground.Attribute("height")?.Value));
        var texts = document.Descendants(Svg + "text").ToList();
        Assert.Contains(texts, t => t.Value.Trim() == "Tickets <per> week");
        Assert.Contains(texts, t => t.Value.Trim() == "Inflow");
        Assert.All(texts, t => Assert.EndsWith(", sans-serif", t.Attribute("font-family")?.Value, StringComparison.Ordinal));
        Assert.True(document.Descendants(Svg + "rect").Count(r => r.Attribute("fill")?.Value is not (null or "white")) >= 16, "the 16 bars are drawn");
    }

    [Theory]
    [InlineData(0, 260)]
    [InlineData(720, -1)]
    [InlineData(5000, 260)]
    [InlineData(float.NaN, 260)]
    public void A_size_that_cannot_be_drawn_is_refused(float width, float height) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartSvg.Render(TestDocuments.FlowChart(), width, height));
}
