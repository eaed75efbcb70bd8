using System.Text;

namespace Reporting.Samples;

/// <summary>
/// Folds the letters used in the sample's names to ASCII for e-mail local parts. A fixed table rather than
/// Unicode normalisation keeps the output independent of the machine's ICU version.
/// </summary>
internal static class AsciiTransliteration
{
    private static readonly Dictionary<char, string> Table = BuildTable();

    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c < 128)
            {
                builder.Append(c);
            }
            else if (Table.TryGetValue(c, out var replacement))
            {
                builder.Append(replacement);
            }
        }

        return builder.ToString();
    }

    /// <summary>Lower-case ASCII letters and digits only, for e-mail local parts and slugs.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in Fold(text))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                builder.Append((char)(c + 32));
            }
        }

        return builder.ToString();
    }

    private static Dictionary<char, string> BuildTable()
    {
        var pairs = new (string From, string To)[]
        {
            ("àáâãåāą", "a"), ("ÀÁÂÃÅĀĄ", "A"), ("ä", "ae"), ("Ä", "Ae"), ("æ", "ae"), ("Æ", "Ae"),
            ("çćč", "c"), ("ÇĆČ", "C"), ("ďđ", "d"), ("ĎĐ", "D"), ("èéêëēęěẹế", "e"), ("ÈÉÊËĒĘĚ", "E"),
            ("ğ", "g"), ("ìíîïıī", "i"), ("ÌÍÎÏİ", "I"), ("ł", "l"), ("Ł", "L"), ("ñńň", "n"), ("ÑŃŇ", "N"),
            ("òóôõōọồ", "o"), ("ÒÓÔÕŌ", "O"), ("öø", "oe"), ("ÖØ", "Oe"), ("œ", "oe"), ("řŕ", "r"), ("Ř", "R"),
            ("śšş", "s"), ("ŚŠŞ", "S"), ("ß", "ss"), ("ťţ", "t"), ("ùúûūůư", "u"), ("ÙÚÛŪŮ", "U"), ("ü", "ue"),
            ("Ü", "Ue"), ("ýÿ", "y"), ("Ý", "Y"), ("źżž", "z"), ("ŹŻŽ", "Z"), ("ặạảắ", "a"), ("ễệ", "e"),
            ("ị", "i"), ("ộớờ", "o"), ("ứừ", "u"), ("ỳ", "y"),
        };
        var table = new Dictionary<char, string>();
        foreach (var (from, to) in pairs)
        {
            foreach (var c in from)
            {
                table[c] = to;
            }
        }

        return table;
    }
}
