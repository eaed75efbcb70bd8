using System.Text;

namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Prepares a ticket for matching: strips markup, pulls crash signals out of traces, removes frame
/// lines and repeated log lines from the body, and tokenises summary and body into terms.
/// Pure and thread-safe, so tickets can be prepared in parallel.
/// </summary>
public static class TicketTextPreparer
{
    /// <summary>Very long bodies are mostly pasted logs; the first part carries the report.</summary>
    public const int MaxBodyChars = 20_000;

    public static PreparedTicket Prepare(DuplicateCandidate ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var subject = ticket.Subject ?? string.Empty;
        var body = ticket.Body ?? string.Empty;
        if (body.Length > MaxBodyChars)
        {
            body = body[..MaxBodyChars];
        }

        var trace = StackTraceExtractor.Extract(subject + "\n" + body);
        var markup = MarkupStripper.Strip(body);
        var bodyText = DropRepeatedLines(StackTraceExtractor.RemoveFrameLines(markup.Prose + "\n" + markup.Code));

        var summaryTerms = TermTokenizer.Tokenize(subject);
        var bodyTerms = TermTokenizer.Tokenize(bodyText);
        return new PreparedTicket(ticket, summaryTerms, Bigrams(summaryTerms), bodyTerms, trace);
    }

    /// <summary>A log that repeats one line a thousand times says it once; digits are ignored when comparing lines.</summary>
    private static string DropRepeatedLines(string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var builder = new StringBuilder(text.Length);
        foreach (var lineRange in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan()[lineRange].Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (line.Length > 20 && !seen.Add(DigitFreeKey(line)))
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

    private static List<string> Bigrams(List<string> terms)
    {
        var bigrams = new List<string>(Math.Max(0, terms.Count - 1));
        for (var i = 1; i < terms.Count; i++)
        {
            if (!string.Equals(terms[i - 1], terms[i], StringComparison.Ordinal))
            {
                bigrams.Add(terms[i - 1] + " " + terms[i]);
            }
        }

        return bigrams;
    }
}
