namespace Reporting.Analytics.Text;

/// <summary>
/// The one rule for cutting prepared text into lower-cased words. A run of letters, digits, '_', '.' and '$' is an
/// identifier; it is split on '.', '_' and '$', and each part on camelCase, keeping the joined part as well
/// ("FSNamesystem.startFile" gives fsnamesystem, fs, namesystem, startfile, start, file) so that code and prose
/// wording meet. Digits stay with their letters ("S3AFileSystem" gives s3a, file, system). Parts without a letter,
/// long digit runs and hex ids (block ids, addresses, hashes) are dropped: they differ between reports of the same
/// problem. An English clitic goes with its word ("doesn't" gives doesn). Words have 2 to 40 characters.
/// </summary>
public static class WordTokenizer
{
    private const int MinWordLength = 2;
    private const int MaxWordLength = 40;

    /// <summary>Identifier parts longer than this are pasted data (base64, serialised objects), not names.</summary>
    private const int MaxPartLength = 2 * MaxWordLength;

    public static List<string> Tokenize(string? text, WordRules? rules = null)
    {
        var words = new List<string>();
        Tokenize(text, rules ?? WordRules.Plain, words);
        return words;
    }

    public static void Tokenize(string? text, WordRules rules, List<string> words)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(words);
        var span = (text ?? string.Empty).AsSpan();
        var i = 0;
        while (i < span.Length && words.Count < rules.MaxWords)
        {
            if (!IsIdentifierChar(span[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < span.Length && IsIdentifierChar(span[i]))
            {
                i++;
            }

            var end = i;
            if (i + 1 < span.Length && span[i] == '\'' && char.IsAsciiLetter(span[i + 1]))
            {
                i++;
                while (i < span.Length && char.IsAsciiLetter(span[i]))
                {
                    i++;
                }
            }

            AppendIdentifier(span[start..end], rules, words);
        }

        if (words.Count > rules.MaxWords)
        {
            words.RemoveRange(rules.MaxWords, words.Count - rules.MaxWords);
        }
    }

    /// <summary>Positions where a new word starts: "nameNode" → 4; "FSNamesystem" → 2; "S3AFileSystem" → 3, 7.</summary>
    public static List<int> CamelCaseBoundaries(ReadOnlySpan<char> part)
    {
        var result = new List<int>();
        for (var i = 1; i < part.Length; i++)
        {
            if (!char.IsUpper(part[i]))
            {
                continue;
            }

            var previous = part[i - 1];
            var lowerToUpper = char.IsLower(previous);
            var acronymEnd = char.IsUpper(previous) && i + 1 < part.Length && char.IsLower(part[i + 1]);
            if (lowerToUpper || acronymEnd)
            {
                result.Add(i);
            }
        }

        return result;
    }

    /// <summary>Numbers, digit-heavy ids and hex ids ("3f9a0c", "0x7fa3", "deadbeef42") carry no meaning across tickets.</summary>
    public static bool IsNoise(ReadOnlySpan<char> part)
    {
        var letters = 0;
        var digits = 0;
        var hex = 0;
        foreach (var c in part)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                if (char.IsAsciiHexDigit(c))
                {
                    hex++;
                }
            }
        }

        if (letters == 0 || digits >= 4)
        {
            return true;
        }

        var looksHex = part.Length >= 6 && digits > 0 && digits + hex == part.Length;
        return looksHex || (part.Length > 1 && part[0] == '0' && part[1] is 'x' or 'X');
    }

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '$';

    private static void AppendIdentifier(ReadOnlySpan<char> identifier, WordRules rules, List<string> words)
    {
        identifier = identifier.Trim("._$");
        if (identifier.IsEmpty)
        {
            return;
        }

        foreach (var range in identifier.SplitAny("._$"))
        {
            var part = identifier[range];
            if (part.IsEmpty || part.Length > MaxPartLength || IsNoise(part))
            {
                continue;
            }

            // The joined part is a strong, specific word; its camelCase pieces let varied wording match.
            AddWord(part, rules, words);
            var boundaries = CamelCaseBoundaries(part);
            if (boundaries.Count == 0)
            {
                continue;
            }

            var from = 0;
            foreach (var boundary in boundaries.Append(part.Length))
            {
                var piece = part[from..boundary];
                if (!IsNoise(piece))
                {
                    AddWord(piece, rules, words);
                }

                from = boundary;
            }
        }
    }

    private static void AddWord(ReadOnlySpan<char> raw, WordRules rules, List<string> words)
    {
        if (raw.Length < MinWordLength || raw.Length > MaxWordLength)
        {
            return;
        }

        Span<char> lower = stackalloc char[raw.Length];
        raw.ToLowerInvariant(lower);
        var word = new string(lower);
        if (rules.StopWords?.Contains(word) == true)
        {
            return;
        }

        words.Add(rules.Reduce is null ? word : rules.Reduce(word));
    }
}
