using System.Text.RegularExpressions;

namespace Reporting.Reports.Privacy;

/// <summary>
/// Masks customers' e-mail addresses, phone numbers and pasted secrets (tokens, keys, passwords) in
/// ticket text before it is quoted in a PDF, an e-mail or an API response. On by default; rules are
/// configurable. Secrets come first so a token that contains digits is not half-masked as a phone number.
/// </summary>
public sealed class TextMasker
{
    public static readonly IReadOnlyList<MaskingRule> DefaultRules =
    [
        new("private-key", @"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)", "[private key]"),
        new("bearer", @"(?i)\b(bearer|basic)\s+[A-Za-z0-9\-._~+/]{8,}=*", "$1 [secret]"),
        new("jwt", @"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}", "[secret]"),
        new("key-value-secret",
            @"(?i)\b(password|passwd|pwd|secret|api[_-]?key|apikey|access[_-]?token|auth[_-]?token|token|client[_-]?secret)(\s*[:=]\s*|""\s*:\s*"")[^\s""',;&]{3,}",
            "$1$2[secret]"),
        new("vendor-key", @"\b(sk|pk|rk)_(live|test)_[A-Za-z0-9]{8,}\b|\bAKIA[0-9A-Z]{16}\b|\bgh[pousr]_[A-Za-z0-9]{20,}\b|\bxox[abposr]-[A-Za-z0-9-]{10,}\b", "[secret]"),
        new("email", @"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", "[email]"),
        new("card", @"\b(?:\d[ -]?){12,18}\d\b", "[card]"),
        new("phone", @"(?<![\w.\-])(?!\d{4}-\d{2}-\d{2})(?:(?:\+|00)\d{1,3}[ .\-]?)?(?:\(\d{1,4}\)[ .\-]?)?\d{2,4}[ .\-]\d{2,4}(?:[ .\-]\d{2,5})?(?![\w.])", "[phone]"),
    ];

    private readonly IReadOnlyList<(MaskingRule Rule, Regex Regex)> _rules;

    public TextMasker(IEnumerable<MaskingRule>? rules = null, bool enabled = true)
    {
        Enabled = enabled;
        _rules = (rules ?? DefaultRules)
            .Select(r => (r, new Regex(r.Pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(250))))
            .ToList();
    }

    public static TextMasker Default { get; } = new();

    public bool Enabled { get; }

    public IEnumerable<string> RuleNames => _rules.Select(r => r.Rule.Name);

    public string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text) || !Enabled)
        {
            return text ?? "";
        }

        foreach (var (rule, regex) in _rules)
        {
            try
            {
                text = regex.Replace(text, rule.Replacement);
            }
            catch (RegexMatchTimeoutException)
            {
                // Pathological input: better to withhold the text than to leak what the rule could not check.
                return $"[text withheld: {rule.Name} check timed out]";
            }
        }

        return text;
    }
}
