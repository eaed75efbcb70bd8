using System.Text;

namespace Reporting.Analytics.Text;

/// <summary>
/// The shared first step for a ticket's subject or body, before words are cut: markup removed
/// (<see cref="JiraMarkup"/>), stack frames handled (<see cref="StackFrames"/>), and a line that repeats an earlier
/// one apart from its digits dropped (a log that says one thing a thousand times says it once). Pure and
/// thread-safe, so tickets can be cleaned in parallel.
/// </summary>
public static class TicketTextCleaner
{
    /// <summary>Very long bodies are mostly pasted logs; the first part carries the report.</summary>
    public const int DefaultMaxChars = 20_000;

    public static string Clean(string? text, FrameHandling frames, int maxChars = DefaultMaxChars)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        if (text.Length > maxChars)
        {
            text = text[..maxChars];
        }

        var stripped = StackFrames.Apply(JiraMarkup.Strip(text), frames);
        return DropRepeatedLines(stripped);
    }

    /// <summary>Trimmed, non-empty lines, each first occurrence only (lines compared without their digits).</summary>
    public static string DropRepeatedLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var builder = new StringBuilder(text.Length);
        foreach (var lineRange in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan()[lineRange].Trim();
            if (line.IsEmpty || !seen.Add(DigitFreeKey(line)))
            {
                continue;
            }

            builder.Append(line).Append('\n');
        }

        return builder.ToString();
    }

    private static string DigitFreeKey(ReadOnlySpan<char> line)
    {
        Span<char> buffer = line.Length <= 512 ? stackalloc char[line.Length] : new char[line.Length];
        var length = 0;
        foreach (var c in line)
        {
            if (!char.IsAsciiDigit(c))
            {
                buffer[length++] = c;
            }
        }

        return new string(buffer[..length]);
    }
}
