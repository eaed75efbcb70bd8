namespace Reporting.Analytics.Duplicates;

/// <summary>
/// A conservative English suffix stripper (plurals, -ing, -ed, final -e) so that
/// "fails", "failed" and "failing" meet. Deliberately lighter than Porter: identifiers
/// split from code must not be mangled beyond recognition.
/// </summary>
internal static class LightStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !char.IsAsciiLetter(word[^1]))
        {
            return word;
        }

        var stem = word;
        if (stem.EndsWith("ies", StringComparison.Ordinal) && stem.Length > 4)
        {
            stem = stem[..^3] + "y";
        }
        else if (stem.EndsWith("sses", StringComparison.Ordinal))
        {
            stem = stem[..^2];
        }
        else if (stem.EndsWith('s') && !stem.EndsWith("ss", StringComparison.Ordinal)
                 && !stem.EndsWith("us", StringComparison.Ordinal) && !stem.EndsWith("is", StringComparison.Ordinal))
        {
            stem = stem[..^1];
        }

        if (stem.EndsWith("ing", StringComparison.Ordinal) && stem.Length > 5 && HasVowel(stem.AsSpan(0, stem.Length - 3)))
        {
            stem = UndoubleConsonant(stem[..^3]);
        }
        else if (stem.EndsWith("ed", StringComparison.Ordinal) && stem.Length > 4 && HasVowel(stem.AsSpan(0, stem.Length - 2)))
        {
            stem = UndoubleConsonant(stem[..^2]);
        }

        // "create"/"created" and "delete"/"deleting" meet once the final e goes.
        if (stem.EndsWith('e') && stem.Length > 4)
        {
            stem = stem[..^1];
        }

        return stem;
    }

    private static bool HasVowel(ReadOnlySpan<char> text) => text.IndexOfAny("aeiouy") >= 0;

    private static string UndoubleConsonant(string stem)
    {
        if (stem.Length > 3 && stem[^1] == stem[^2] && !"aeioulsz".Contains(stem[^1]))
        {
            return stem[..^1];
        }

        return stem;
    }
}
