namespace Reporting.Samples;

/// <summary>How a service's stack traces look when customers paste them.</summary>
internal enum TraceStyle
{
    DotNet,
    Swift,
    Kotlin,
}
