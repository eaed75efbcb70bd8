namespace Reporting.Samples;

/// <summary>A deployment of a service: its semantic version and when it went live (UTC).</summary>
internal sealed record Release(ServiceProfile Service, string Version, DateTime At)
{
    public DateOnly Date => SampleTime.DateOf(At);
}
