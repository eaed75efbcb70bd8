using Reporting.Reports.Privacy;

namespace Reporting.Host.Application.Privacy;

/// <summary>
/// How quoted ticket text is masked (section <c>Privacy</c>): on by default with the built-in rules
/// (<see cref="TextMasker.DefaultRules"/>); rules can be switched off by name or extended with a company's own.
/// </summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>False turns masking off everywhere (PDFs, e-mail, API, CLI).</summary>
    public bool Masking { get; set; } = true;

    /// <summary>Built-in rules to leave out, by name (e.g. <c>phone</c>).</summary>
    public List<string> DisabledRules { get; set; } = [];

    /// <summary>More rules, applied after the built-in ones: name, .NET regular expression, replacement.</summary>
    public List<MaskingRule> ExtraRules { get; set; } = [];

    public TextMasker CreateMasker()
    {
        var unknown = DisabledRules.Where(n => TextMasker.DefaultRules.All(r => r.Name != n)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException(
                $"Privacy:DisabledRules names unknown rules {string.Join(", ", unknown)} (known: {string.Join(", ", TextMasker.DefaultRules.Select(r => r.Name))})");
        }

        foreach (var rule in ExtraRules)
        {
            try
            {
                _ = new System.Text.RegularExpressions.Regex(rule.Pattern);
            }
            catch (ArgumentException ex)
            {
                throw new InvalidDataException($"Privacy:ExtraRules '{rule.Name}' has an invalid pattern: {ex.Message}");
            }
        }

        return new TextMasker(TextMasker.DefaultRules.Where(r => !DisabledRules.Contains(r.Name)).Concat(ExtraRules), Masking);
    }

    public static TextMasker FromConfiguration(IConfiguration configuration) =>
        (configuration.GetSection(Section).Get<PrivacyOptions>() ?? new PrivacyOptions()).CreateMasker();
}
