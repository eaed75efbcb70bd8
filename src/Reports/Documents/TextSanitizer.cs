using System.Globalization;
using System.Text;

namespace Reporting.Reports.Documents;

/// <summary>
/// Makes untrusted text safe to lay out: null becomes empty, line endings become '\n',
/// C0/C1 control characters (except newline and tab) are removed, and so are invisible
/// format characters (bidi overrides, zero-width joiners) that would only draw as boxes
/// because the layer does no shaping. Unpaired surrogates become U+FFFD.
/// </summary>
public static class TextSanitizer
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!NeedsCleaning(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                int codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if (CharUnicodeInfo.GetUnicodeCategory(codePoint) != UnicodeCategory.Format)
                {
                    clean.Append(c).Append(text[i + 1]);
                }

                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                clean.Append('\uFFFD');
                continue;
            }

            if (c == '\r')
            {
                clean.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                continue;
            }

            if (c is '\u2028' or '\u2029')
            {
                clean.Append('\n');
                continue;
            }

            if (c is '\n' or '\t' || !IsDropped(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (char c in text)
        {
            if (c is '\r' or '\u2028' or '\u2029' || char.IsSurrogate(c) || (c is not '\n' and not '\t' && IsDropped(c)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDropped(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
