using System.Text.RegularExpressions;

namespace Reporting.Analytics.Text;

/// <summary>
/// The one rule for stack frames in ticket text. A frame is a JVM or .NET "at Qualified.method(args)" or a Python
/// 'File "x.py", line 3, in f'. When a frame starts its line, the rest of the line belongs to it (the jar in
/// "~[hadoop-common.jar:?]", .NET's "in file:line 3"); frames pasted run together on one line are found too.
/// "... 12 more" lines are frames left out by the JVM and count as frames without a method.
/// </summary>
public static partial class StackFrames
{
    /// <summary>A cheap ordinal check that lets most texts skip the regular expression.</summary>
    public static bool MayContainFrames(string text) =>
        text.Contains("at ", StringComparison.Ordinal) || text.Contains("File \"", StringComparison.Ordinal)
        || text.Contains(" more", StringComparison.Ordinal);

    /// <summary>Every frame in the text, in order.</summary>
    public static MatchCollection Find(string text) => Frame().Matches(text);

    /// <summary>"org.a.B.m" for a JVM or .NET frame, "file.func" for a Python one, null for "... N more".</summary>
    public static string? QualifiedMethod(Match frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (frame.Groups["method"].Success)
        {
            return frame.Groups["method"].Value;
        }

        if (frame.Groups["file"].Success)
        {
            return Path.GetFileNameWithoutExtension(frame.Groups["file"].Value) + "." + frame.Groups["func"].Value;
        }

        return null;
    }

    /// <summary>Removes each frame or replaces it with its qualified method, as <paramref name="handling"/> says.</summary>
    public static string Apply(string text, FrameHandling handling)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!MayContainFrames(text))
        {
            return text;
        }

        return handling == FrameHandling.Drop
            ? Frame().Replace(text, " ")
            : Frame().Replace(text, match => QualifiedMethod(match) is { } method ? " " + method + " " : " ");
    }

    // Alternatives in order: a frame that starts its line (with the rest of the line), a Python frame line,
    // a frame inside a line, a "... N more" marker. Qualified names need a dot, so "look at foo(bar)" is prose.
    [GeneratedRegex(
        @"^[ \t>|]*at[ \t]+(?<method>[\w$<>`]+(?:\.[\w$<>`]+)+)[ \t]*\([^)\r\n]*\)[^\r\n]*"
        + @"|^[ \t>|]*File ""(?<file>[^""\r\n]+)"", line \d+, in (?<func>[\w<>]+)[^\r\n]*"
        + @"|\bat[ \t]+(?<method>[\w$<>`]+(?:\.[\w$<>`]+)+)[ \t]*\([^)\r\n]*\)"
        + @"|\.\.\.[ \t]*\d+[ \t]+more\b",
        RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Frame();
}
