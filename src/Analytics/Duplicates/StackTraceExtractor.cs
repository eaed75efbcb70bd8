using System.Text;
using System.Text.RegularExpressions;
using Reporting.Analytics.Text;

namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Finds exceptions and stack frames in ticket text (Java/JVM, .NET and Python shapes) and reduces
/// them to signals that survive re-reporting: simple exception type names, an error signature with
/// numbers and paths masked, and the top application frames as "Class.method" (package-free, so a
/// package rename does not break the match). Platform frames (java.*, System.*, reflection) are
/// skipped when choosing top frames, as crash groupers do.
/// </summary>
internal static partial class StackTraceExtractor
{
    private const int MaxExceptionTypes = 8;
    private const int MaxSignatures = 4;
    private const int FramesPerTrace = 4;
    private const int MaxTraces = 3;
    private const int FingerprintFrames = 3;

    private static readonly string[] PlatformPrefixes =
    [
        "java.", "javax.", "jdk.", "sun.", "com.sun.", "scala.", "kotlin.", "System.", "Microsoft.", "junit.", "org.junit.",
    ];

    public static StackTraceSignals Extract(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return StackTraceSignals.None;
        }

        var types = new List<string>();
        var signatures = new List<string>();
        if (!MayMentionException(text))
        {
            return MayHaveFrames(text) ? WithFrames(text, types, signatures) : StackTraceSignals.None;
        }

        foreach (Match match in QualifiedException().Matches(text))
        {
            var simple = SimpleName(match.Groups["type"].Value);
            AddDistinct(types, simple, MaxExceptionTypes);
            var message = match.Groups["msg"].Value;
            if (message.Length > 0)
            {
                AddDistinct(signatures, simple + ": " + NormaliseMessage(message), MaxSignatures);
            }
        }

        foreach (Match match in BareException().Matches(text))
        {
            AddDistinct(types, match.Value, MaxExceptionTypes);
        }

        return WithFrames(text, types, signatures);
    }

    private static StackTraceSignals WithFrames(string text, List<string> types, List<string> signatures)
    {
        var (topFrames, fingerprintFrames) = MayHaveFrames(text) ? ExtractFrames(text) : ([], []);
        string? fingerprint = null;
        if (fingerprintFrames.Count > 0)
        {
            var head = types.Count > 0 ? types[0] : "?";
            fingerprint = head + "|" + string.Join("|", fingerprintFrames);
        }

        return new StackTraceSignals(types, signatures, topFrames, fingerprint);
    }

    // Cheap ordinal checks that let most tickets skip the regular expressions entirely.
    private static bool MayMentionException(string text) =>
        text.Contains("Exception", StringComparison.Ordinal) || text.Contains("Error", StringComparison.Ordinal)
        || text.Contains("Throwable", StringComparison.Ordinal) || text.Contains("Fault", StringComparison.Ordinal);

    private static bool MayHaveFrames(string text) => StackFrames.MayContainFrames(text);

    private static (List<string> TopFrames, List<string> FirstTraceFrames) ExtractFrames(string text)
    {
        var top = new List<string>();
        var first = new List<string>();
        var traceIndex = -1;
        var framesInTrace = 0;
        var lastEnd = 0;
        foreach (Match match in StackFrames.Find(text))
        {
            // "... 12 more" closes a trace without naming a frame.
            if (StackFrames.QualifiedMethod(match) is not { } qualified)
            {
                continue;
            }

            // A gap of non-frame text (an exception header, "Caused by") starts a new trace.
            var gap = text.AsSpan(lastEnd, match.Index - lastEnd);
            if (traceIndex < 0 || gap.Trim().Length > 0)
            {
                traceIndex++;
                framesInTrace = 0;
            }

            lastEnd = match.Index + match.Length;
            if (traceIndex >= MaxTraces)
            {
                break;
            }

            if (framesInTrace >= FramesPerTrace || IsPlatformFrame(qualified))
            {
                continue;
            }

            var frame = NormaliseFrame(qualified);
            if (frame.Length == 0)
            {
                continue;
            }

            framesInTrace++;
            AddDistinct(top, frame, FramesPerTrace * MaxTraces);
            if (traceIndex == 0 && first.Count < FingerprintFrames)
            {
                first.Add(frame);
            }
        }

        return (top, first);
    }

    private static bool IsPlatformFrame(string qualified)
    {
        foreach (var prefix in PlatformPrefixes)
        {
            if (qualified.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return qualified.Contains(".reflect.", StringComparison.Ordinal);
    }

    /// <summary>"org.x.DFSClient$Reader$1.read" -> "DFSClient.read": drop package, inner-class and lambda noise.</summary>
    private static string NormaliseFrame(string qualified)
    {
        var cleaned = GeneratedSuffix().Replace(qualified, string.Empty);
        var lastDot = cleaned.LastIndexOf('.');
        if (lastDot <= 0)
        {
            return cleaned;
        }

        var method = cleaned[(lastDot + 1)..];
        var type = cleaned[..lastDot];
        var typeStart = type.LastIndexOf('.') + 1;
        var innerStart = type.IndexOf('$', typeStart);
        var simpleType = innerStart > 0 ? type[typeStart..innerStart] : type[typeStart..];
        return simpleType + "." + method;
    }

    private static string NormaliseMessage(string message)
    {
        var trimmed = message.TrimStart(':', ' ').Trim();
        var masked = MessageNoise().Replace(trimmed, "*");
        var builder = new StringBuilder(Math.Min(masked.Length, 80));
        var previousSpace = false;
        foreach (var c in masked)
        {
            if (builder.Length >= 80)
            {
                break;
            }

            var isSpace = char.IsWhiteSpace(c);
            if (!(isSpace && previousSpace))
            {
                builder.Append(isSpace ? ' ' : char.ToLowerInvariant(c));
            }

            previousSpace = isSpace;
        }

        return builder.ToString().Trim();
    }

    private static string SimpleName(string qualified)
    {
        var lastDot = qualified.LastIndexOf('.');
        return lastDot >= 0 ? qualified[(lastDot + 1)..] : qualified;
    }

    private static void AddDistinct(List<string> items, string item, int limit)
    {
        if (items.Count < limit && !items.Contains(item, StringComparer.Ordinal))
        {
            items.Add(item);
        }
    }

    // java.io.IOException: message, Caused by: x.y.FooError, System.InvalidOperationException: ...
    [GeneratedRegex(@"(?<type>\b(?:[a-zA-Z_$][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error|Throwable|Fault))\b(?<msg>:[^\r\n]{0,300})?",
        RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedException();

    // NullPointerException mentioned in prose or a summary.
    [GeneratedRegex(@"\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BareException();

    [GeneratedRegex(@"\$\$Lambda.*$|\$\d+|lambda\$\w+\$\d+|/0x[0-9a-fA-F]+", RegexOptions.CultureInvariant)]
    private static partial Regex GeneratedSuffix();

    // Numbers, hex, quoted values, paths and host:port differ between reports of one problem.
    [GeneratedRegex(@"'[^']*'|""[^""]*""|(?:[a-zA-Z]+://)?(?:/[\w.\-$]+){2,}|\b0x[0-9a-fA-F]+\b|[\w.\-]+:\d{2,5}\b|\d+",
        RegexOptions.CultureInvariant)]
    private static partial Regex MessageNoise();
}
