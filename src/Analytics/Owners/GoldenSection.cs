namespace Reporting.Analytics.Owners;

/// <summary>Golden-section search for the minimum of a smooth one-dimensional function on [a, b] (40 steps: 1e-8 of the span).</summary>
internal static class GoldenSection
{
    public static double Minimum(Func<double, double> f, double a, double b)
    {
        var ratio = (Math.Sqrt(5) - 1) / 2;
        var c = b - ratio * (b - a);
        var d = a + ratio * (b - a);
        var fc = f(c);
        var fd = f(d);
        for (var i = 0; i < 40; i++)
        {
            if (fc < fd)
            {
                b = d;
                d = c;
                fd = fc;
                c = b - ratio * (b - a);
                fc = f(c);
            }
            else
            {
                a = c;
                c = d;
                fc = fd;
                d = a + ratio * (b - a);
                fd = f(d);
            }
        }
        return (a + b) / 2;
    }
}
