namespace Reporting.Analytics.Duplicates;

/// <summary>Prefixed terms under which crash signals are indexed, so they never collide with words.</summary>
internal static class TraceTokens
{
    public static string ExceptionType(string type) => "x:" + type;

    public static string Frame(string frame) => "f:" + frame;

    public static string Signature(string signature) => "s:" + signature;

    public static string Fingerprint(string fingerprint) => "p:" + fingerprint;

    public static IEnumerable<string> All(StackTraceSignals trace)
    {
        foreach (var type in trace.ExceptionTypes)
        {
            yield return ExceptionType(type);
        }

        foreach (var frame in trace.TopFrames)
        {
            yield return Frame(frame);
        }

        foreach (var signature in trace.ErrorSignatures)
        {
            yield return Signature(signature);
        }

        if (trace.Fingerprint is not null)
        {
            yield return Fingerprint(trace.Fingerprint);
        }
    }
}
