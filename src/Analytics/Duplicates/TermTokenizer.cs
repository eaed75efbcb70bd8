using Reporting.Analytics.Text;

namespace Reporting.Analytics.Duplicates;

/// <summary>
/// Turns free text into index terms: lower-cased words, with code identifiers split
/// (camelCase, snake_case, dotted names) so "NameSystem.pendingTransfer" also matches
/// "pending transfer". Numbers, hex ids and URLs are dropped because they differ between
/// reports of the same problem (ports, block ids, timestamps).
/// </summary>
internal static class TermTokenizer
{
    private const int MaxTermLength = 40;

    public static List<string> Tokenize(string text)
    {
        var terms = new List<string>();
        Tokenize(text.AsSpan(), terms);
        return terms;
    }

    public static void Tokenize(ReadOnlySpan<char> text, List<string> terms)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsTokenChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsTokenChar(text[i]))
            {
                i++;
            }

            // "doesn't" -> "doesn": drop the clitic rather than emitting a stray "t".
            var end = i;
            if (i + 1 < text.Length && text[i] == '\'' && char.IsAsciiLetter(text[i + 1]))
            {
                i++;
                while (i < text.Length && char.IsAsciiLetter(text[i]))
                {
                    i++;
                }
            }

            var token = text[start..end];
            if (IsUrlStart(text, start, token))
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                continue;
            }

            EmitToken(token, terms);
        }
    }

    private static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '$';

    private static bool IsUrlStart(ReadOnlySpan<char> text, int start, ReadOnlySpan<char> token)
    {
        var afterToken = start + token.Length;
        if (afterToken + 2 < text.Length && text[afterToken] == ':' && text[afterToken + 1] == '/' && text[afterToken + 2] == '/')
        {
            return true;
        }

        return token.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static void EmitToken(ReadOnlySpan<char> token, List<string> terms)
    {
        token = token.Trim("._$");
        if (token.IsEmpty)
        {
            return;
        }

        // Dotted runs made only of digits are versions, IPs or timestamps.
        if (!ContainsLetter(token))
        {
            return;
        }

        foreach (var segmentRange in token.SplitAny("._$"))
        {
            var segment = token[segmentRange];
            if (segment.Length > 0)
            {
                EmitIdentifier(segment, terms);
            }
        }
    }

    private static void EmitIdentifier(ReadOnlySpan<char> identifier, List<string> terms)
    {
        if (IsNoiseNumber(identifier) || identifier.Length > MaxTermLength * 2)
        {
            return;
        }

        Span<Range> parts = stackalloc Range[16];
        var partCount = SplitCamelCase(identifier, parts);
        if (partCount > 1)
        {
            // The whole identifier is a strong, specific term; its parts let varied wording match.
            AddTerm(identifier, terms);
            for (var p = 0; p < partCount; p++)
            {
                AddTerm(identifier[parts[p]], terms);
            }
        }
        else
        {
            AddTerm(identifier, terms);
        }
    }

    /// <summary>Splits "DFSClientReader2" into "DFS", "Client", "Reader2"; digits stay with their letters.</summary>
    private static int SplitCamelCase(ReadOnlySpan<char> word, Span<Range> parts)
    {
        var count = 0;
        var start = 0;
        for (var i = 1; i < word.Length && count < parts.Length - 1; i++)
        {
            var previous = word[i - 1];
            var current = word[i];
            var lowerToUpper = char.IsLower(previous) && char.IsUpper(current);
            var acronymEnd = char.IsUpper(previous) && char.IsUpper(current) && i + 1 < word.Length && char.IsLower(word[i + 1]);
            if (lowerToUpper || acronymEnd)
            {
                parts[count++] = start..i;
                start = i;
            }
        }

        parts[count++] = start..word.Length;
        return count;
    }

    private static void AddTerm(ReadOnlySpan<char> raw, List<string> terms)
    {
        if (raw.Length < 2 || raw.Length > MaxTermLength || IsNoiseNumber(raw))
        {
            return;
        }

        Span<char> lower = stackalloc char[raw.Length];
        raw.ToLowerInvariant(lower);
        var word = new string(lower);
        if (StopWords.ForDuplicateSearch.Contains(word))
        {
            return;
        }

        terms.Add(LightStemmer.Stem(word));
    }

    private static bool ContainsLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Numbers, hex ids ("blk_3f9a0c…", "0x7fa3") and digit-heavy ids carry no meaning across tickets.</summary>
    private static bool IsNoiseNumber(ReadOnlySpan<char> text)
    {
        var digits = 0;
        var hex = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (char.IsAsciiHexDigit(c))
            {
                hex++;
            }
        }

        if (digits == text.Length || digits >= 4)
        {
            return true;
        }

        var looksHex = text.Length >= 6 && digits > 0 && digits + hex == text.Length;
        return looksHex || (text.Length > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'));
    }
}
