using Reporting.Analytics.Text;
using static Reporting.Analytics.Readiness.ReadinessCue;

namespace Reporting.Analytics.Readiness;

/// <summary>
/// Logs or a stack trace: stack frames, "Caused by:", log lines with a level, an exception with its message, test
/// runner output, an HTTP error status, a command's error output, or an error message quoted word for word.
/// A bare exception name ("throws NPE") is not enough: the team needs the message or the trace.
/// </summary>
public sealed class LogsOrStackTraceDetector : CueDetector
{
    private static readonly IReadOnlyList<ReadinessCue> Table =
    [
        new("trace header", Rx(@"\bException\s+in\s+thread\b|^\s*Caused\s+by\s*:|Traceback\s+\(most\s+recent\s+call\s+last\)"), InRawText: true),
        new("log line", Rx(@"^.{0,60}\d{1,4}[-/:.]\d{2}[-/:.]\d{2,4}[ T,]?.{0,40}\b(INFO|WARN|WARNING|ERROR|FATAL|SEVERE|DEBUG|TRACE|CRITICAL)\b"
                           + @"|^\s*\[?(INFO|WARN|WARNING|ERROR|FATAL|SEVERE|CRITICAL)\]?\s*[:\[]?\s*[\w.$\[\]-]+\s*[:-]\s", caseSensitive: true), InRawText: true),
        new("exception with message", Rx(@"\b[A-Z]\w*(Exception|Error|Fault)\s*:\s*[\w""'<\[(/]", caseSensitive: true), InRawText: true),
        new("test output", Rx(@"\bTests\s+run\s*:\s*\d+|\bexpected\s*:\s*<[^>\n]*>\s*but\s+was|^\s*\[(ERROR|FAIL)\]|\bAssertionError\b|\bAssertionFailedError\b"), InRawText: true),
        new("http error", Rx(@"\bHTTP(/\d(\.\d)?)?\s+(ERROR\s+)?[45]\d\d\b|\b(status|response)\s+code\s*:?\s*[45]\d\d\b|\b[45]\d\d\s+(internal\s+server\s+error|not\s+found|forbidden|unauthorized|bad\s+request|service\s+unavailable)\b"), InRawText: true),
        new("command error output", Rx(@"^[\w./-]{1,40}:\s[^\n]{0,200}\b(No\s+such\s+file|Permission\s+denied|Input/output\s+error|not\s+found|Cannot|cannot|command\s+not\s+found|refused)\b", caseSensitive: true), InRawText: true),
        new("error message quoted", Rx(@"(?<![(+,]\s*)[""“{]{1,2}(?=[^""”}\n]{0,320}\s)[^""”}\n]{0,160}\b(error|errors|failed|failure|cannot|can't|could\s+not|unable|denied|not\s+found|invalid|refused|timed\s+out|exception|illegal|not\s+an\s+identifier|does\s+not\s+contain)\b[^""”}\n]{0,160}[""”}]{1,2}(?!\s*[+,);])"
                                     + @"|\b(error|message|says|said|shows|showed|getting|got|get|see|saw)\s*(message|code)?\s*[:]\s*[""'“]?\w"
                                     + @"|\b(message|error|output)\s+(that\s+)?(i|we)\s+(saw|see|got|get)\b[^\n]{0,40}[""“]")),
    ];

    public override ReadinessItem Item => ReadinessItem.LogsOrStackTrace;

    public override IReadOnlyList<ReadinessCue> Cues => Table;

    public override ReadinessCheck Check(ReadinessText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (StackFrames.MayContainFrames(text.Raw))
        {
            var frames = StackFrames.Find(text.Raw);
            if (frames.Any(f => StackFrames.QualifiedMethod(f) is not null))
            {
                return new ReadinessCheck(Item, true, "stack trace", Quote(frames[0].Value));
            }
        }

        return base.Check(text);
    }
}
