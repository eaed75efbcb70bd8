using Reporting.Analytics.Text;

namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Prepares a ticket for matching: pulls crash signals out of the raw text, cleans subject and body with the shared
/// rules (<see cref="TicketTextCleaner"/>; frames are dropped, the signals carry them) and cuts them into stemmed
/// terms. Pure and thread-safe, so tickets can be prepared in parallel.
/// </summary>
public static class TicketTextPreparer
{
    /// <summary>Very long bodies are mostly pasted logs; the first part carries the report.</summary>
    public const int MaxBodyChars = TicketTextCleaner.DefaultMaxChars;

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
        var summaryTerms = TermTokenizer.Tokenize(TicketTextCleaner.Clean(subject, FrameHandling.Drop));
        var bodyTerms = TermTokenizer.Tokenize(TicketTextCleaner.Clean(body, FrameHandling.Drop, MaxBodyChars));
        return new PreparedTicket(ticket, summaryTerms, Bigrams(summaryTerms), bodyTerms, trace);
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
