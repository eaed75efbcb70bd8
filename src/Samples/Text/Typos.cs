using System.Text;

namespace Reporting.Samples;

/// <summary>Adds human typing mistakes (swapped, dropped, doubled or neighbouring letters) and word-level rewording.</summary>
internal static class Typos
{
    private static readonly (string From, string[] To)[] Rewordings =
    [
        ("doesn't", ["does not", "doesnt", "won't"]),
        ("don't", ["do not", "dont"]),
        ("cannot", ["can't", "cant", "are unable to"]),
        ("fails", ["is failing", "keeps failing", "breaks"]),
        ("fail", ["break", "don't work"]),
        ("error", ["issue", "problem", "err"]),
        ("emails", ["e-mails", "mails"]),
        ("the app", ["the application", "your app", "the mobile app"]),
        ("is broken", ["is not working", "stopped working", "is kaputt"]),
        ("users", ["our users", "people", "colleagues"]),
        ("customers", ["clients", "our customers"]),
        ("wrong", ["incorrect", "off", "not right"]),
    ];

    private const string KeyboardRows = "qwertyuiop asdfghjkl zxcvbnm";

    /// <summary>Replaces some words and phrases with ones a different person would use.</summary>
    public static string Reword(Random random, string text)
    {
        foreach (var (from, to) in Rewordings)
        {
            if (text.Contains(from, StringComparison.Ordinal) && random.Chance(0.35))
            {
                text = text.Replace(from, random.Pick(to), StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>Introduces <paramref name="count"/> typos into words of four letters or more.</summary>
    public static string Apply(Random random, string text, int count)
    {
        var chars = new StringBuilder(text);
        for (var n = 0; n < count; n++)
        {
            var position = FindLetterInLongWord(random, chars);
            if (position < 0)
            {
                break;
            }

            switch (random.Next(4))
            {
                case 0 when position + 1 < chars.Length && char.IsLetter(chars[position + 1]):
                    (chars[position], chars[position + 1]) = (chars[position + 1], chars[position]);
                    break;
                case 1:
                    chars.Remove(position, 1);
                    break;
                case 2:
                    chars.Insert(position, chars[position]);
                    break;
                default:
                    chars[position] = Neighbour(random, chars[position]);
                    break;
            }
        }

        return chars.ToString();
    }

    private static int FindLetterInLongWord(Random random, StringBuilder text)
    {
        for (var attempt = 0; attempt < 12; attempt++)
        {
            var i = random.Next(Math.Max(1, text.Length));
            if (i >= text.Length || !char.IsAsciiLetterLower(text[i]))
            {
                continue;
            }

            var start = i;
            while (start > 0 && char.IsAsciiLetter(text[start - 1]))
            {
                start--;
            }

            var end = i;
            while (end + 1 < text.Length && char.IsAsciiLetter(text[end + 1]))
            {
                end++;
            }

            if (end - start + 1 >= 4 && i > start)
            {
                return i;
            }
        }

        return -1;
    }

    private static char Neighbour(Random random, char c)
    {
        var index = KeyboardRows.IndexOf(c, StringComparison.Ordinal);
        if (index < 0)
        {
            return c;
        }

        var left = index > 0 && KeyboardRows[index - 1] != ' ' ? KeyboardRows[index - 1] : c;
        var right = index + 1 < KeyboardRows.Length && KeyboardRows[index + 1] != ' ' ? KeyboardRows[index + 1] : c;
        return random.Chance(0.5) ? left : right;
    }
}
