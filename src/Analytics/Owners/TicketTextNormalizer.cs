using System.Text;
using System.Text.RegularExpressions;

using Reporting.Analytics.Text;

namespace Reporting.Analytics.Owners;

/// <summary>
/// Turns ticket text (Jira wiki markup, Markdown, pasted logs and stack traces) into word tokens.
/// Identifiers are split so that "FSNamesystem.startFile" and "fs namesystem start file" meet;
/// the joined form of a camelCase identifier is kept too, so "NameNode" also matches "namenode".
/// Numbers, hex ids, URLs, e-mail addresses, line numbers and repeated log lines are dropped.
/// Thread-safe: it holds no mutable state.
/// </summary>
public sealed partial class TicketTextNormalizer
{
    private const int MaxTokenLength = 40;
    private readonly TextNormalizationOptions _options;

    public TicketTextNormalizer(TextNormalizationOptions? options = null)
    {
        _options = options ?? TextNormalizationOptions.Default;
    }

    public TextNormalizationOptions Options => _options;

    public NormalizedTicketText Normalize(string? subject, string? body)
    {
        var subjectTokens = TokenizeMarkup(subject, _options.MaxSubjectTokens, _options.RemoveStopWords);
        var bodyTokens = TokenizeMarkup(body, _options.MaxBodyTokens, _options.RemoveStopWords, _options.MaxBodyChars);
        return new NormalizedTicketText(subjectTokens, bodyTokens);
    }

    /// <summary>Cleans markup and tokenizes; repeated lines (ignoring digits) count once.</summary>
    public List<string> TokenizeMarkup(string? text, int maxTokens, bool removeStopWords, int maxChars = int.MaxValue)
    {
        var tokens = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
            return tokens;
        if (text.Length > maxChars)
            text = text[..maxChars];

        var cleaned = CleanMarkup(text);
        var seenLines = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rawLine in cleaned.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0)
                continue;
            // Logs repeat the same line with other numbers; one copy carries the information.
            if (!seenLines.Add(StripDigits(line)))
                continue;
            AppendTokens(line, tokens, removeStopWords, maxTokens);
            if (tokens.Count >= maxTokens)
                break;
        }
        return tokens;
    }

    /// <summary>Removes markup, links and stack-frame noise, keeping the words inside.</summary>
    internal static string CleanMarkup(string text)
    {
        var s = text.Replace("\r\n", "\n").Replace('\r', '\n');
        s = BlockMarkerRegex().Replace(s, "\n");
        s = JiraLinkRegex().Replace(s, " $1 ");
        s = UrlRegex().Replace(s, " ");
        s = EmailRegex().Replace(s, " ");
        s = UserMentionRegex().Replace(s, " ");
        s = ImageRegex().Replace(s, " ");
        s = InlineMacroRegex().Replace(s, " ");
        // "at org.a.B.m(B.java:42)": keep the qualified method, drop file and line number.
        s = StackFrameRegex().Replace(s, " $1 ");
        s = MoreFramesRegex().Replace(s, " ");
        return s;
    }

    /// <summary>Splits one line into tokens and appends them (lower-cased, filtered).</summary>
    internal static void AppendTokens(string line, List<string> tokens, bool removeStopWords, int maxTokens = int.MaxValue)
    {
        var span = line.AsSpan();
        var i = 0;
        while (i < span.Length && tokens.Count < maxTokens)
        {
            if (!IsIdentifierChar(span[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < span.Length && IsIdentifierChar(span[i]))
                i++;
            AppendIdentifier(span[start..i], tokens, removeStopWords);
        }
        if (tokens.Count > maxTokens)
            tokens.RemoveRange(maxTokens, tokens.Count - maxTokens);
    }

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '$';

    /// <summary>Splits a raw identifier on dots, underscores and dollars, then on camelCase.</summary>
    private static void AppendIdentifier(ReadOnlySpan<char> raw, List<string> tokens, bool removeStopWords)
    {
        var start = 0;
        for (var i = 0; i <= raw.Length; i++)
        {
            if (i < raw.Length && raw[i] is not ('.' or '_' or '$'))
                continue;
            if (i > start)
                AppendPart(raw[start..i], tokens, removeStopWords);
            start = i + 1;
        }
    }

    private static void AppendPart(ReadOnlySpan<char> part, List<string> tokens, bool removeStopWords)
    {
        if (!ContainsLetter(part) || LooksLikeHexId(part))
            return;

        var boundaries = CamelCaseBoundaries(part);
        if (boundaries.Count == 0)
        {
            AddToken(part.ToString().ToLowerInvariant(), tokens, removeStopWords);
            return;
        }

        // The joined form first ("namenode"), then its words ("name", "node").
        AddToken(part.ToString().ToLowerInvariant(), tokens, removeStopWords);
        var from = 0;
        foreach (var boundary in boundaries.Append(part.Length))
        {
            var piece = part[from..boundary];
            if (ContainsLetter(piece))
                AddToken(piece.ToString().ToLowerInvariant(), tokens, removeStopWords);
            from = boundary;
        }
    }

    private static void AddToken(string token, List<string> tokens, bool removeStopWords)
    {
        if (token.Length < 2 || token.Length > MaxTokenLength)
            return;
        if (removeStopWords && StopWords.ForOwnerRouting.Contains(token))
            return;
        tokens.Add(token);
    }

    /// <summary>Positions where a new word starts: "nameNode" → 4; "FSNamesystem" → 2; "S3AFile" → 3.</summary>
    internal static List<int> CamelCaseBoundaries(ReadOnlySpan<char> part)
    {
        var result = new List<int>();
        for (var i = 1; i < part.Length; i++)
        {
            if (!char.IsUpper(part[i]))
                continue;
            var previous = part[i - 1];
            var lowerToUpper = char.IsLower(previous);
            var acronymEnd = char.IsUpper(previous) && i + 1 < part.Length && char.IsLower(part[i + 1]);
            if (lowerToUpper || acronymEnd)
                result.Add(i);
        }
        return result;
    }

    private static bool ContainsLetter(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (char.IsLetter(c))
                return true;
        return false;
    }

    /// <summary>Block ids, hashes and addresses: long runs of hex digits that include a digit.</summary>
    private static bool LooksLikeHexId(ReadOnlySpan<char> s)
    {
        if (s.Length > 2 && s[0] == '0' && s[1] is 'x' or 'X')
            s = s[2..];
        if (s.Length < 8)
            return false;
        var hasDigit = false;
        foreach (var c in s)
        {
            if (char.IsDigit(c))
                hasDigit = true;
            else if (!char.IsAsciiHexDigit(c))
                return false;
        }
        return hasDigit;
    }

    private static string StripDigits(string line)
    {
        var sb = new StringBuilder(line.Length);
        foreach (var c in line)
            if (!char.IsDigit(c))
                sb.Append(c);
        return sb.ToString();
    }

    [GeneratedRegex(@"\{(?:code|noformat|quote|panel|color)(?::[^}\n]*)?\}|```[A-Za-z0-9_+-]*", RegexOptions.IgnoreCase)]
    private static partial Regex BlockMarkerRegex();

    [GeneratedRegex(@"\[([^\]\|\n]*)\|[^\]\n]*\]")]
    private static partial Regex JiraLinkRegex();

    [GeneratedRegex(@"\b(?:https?|ftp|file|hdfs|s3a?|webhdfs|viewfs)://[^\s\]\)\|""'<>]+", RegexOptions.IgnoreCase)]
    private static partial Regex UrlRegex();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.-]+")]
    private static partial Regex EmailRegex();

    [GeneratedRegex(@"\[~[^\]\n]*\]")]
    private static partial Regex UserMentionRegex();

    [GeneratedRegex(@"![^!\s|]+\.(?:png|jpe?g|gif|bmp|svg)(?:\|[^!\n]*)?!", RegexOptions.IgnoreCase)]
    private static partial Regex ImageRegex();

    [GeneratedRegex(@"\{(?:anchor|toc)[^}\n]*\}|&[a-z]+;", RegexOptions.IgnoreCase)]
    private static partial Regex InlineMacroRegex();

    [GeneratedRegex(@"\bat\s+([\w$.<>]+)\s*\([^)\n]*\)")]
    private static partial Regex StackFrameRegex();

    [GeneratedRegex(@"\.\.\.\s*\d+\s+more\b")]
    private static partial Regex MoreFramesRegex();
}
