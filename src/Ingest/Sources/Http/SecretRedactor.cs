using System.Text;

namespace Reporting.Ingest.Sources.Http;

/// <summary>Removes a source's credentials (as given, and as sent in a Basic header) from any text before it is shown or stored.</summary>
public sealed class SecretRedactor
{
    public const string Mask = "***";

    private readonly string[] _secrets;

    public SecretRedactor(params string?[] secrets)
    {
        _secrets = secrets
            .Where(s => !string.IsNullOrEmpty(s) && s.Length >= 4)
            .SelectMany(s => new[] { s!, Uri.EscapeDataString(s!) })
            .Distinct()
            .OrderByDescending(s => s.Length)
            .ToArray();
    }

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text) || _secrets.Length == 0)
        {
            return text ?? "";
        }

        var result = new StringBuilder(text);
        foreach (var secret in _secrets)
        {
            result.Replace(secret, Mask);
        }

        return result.ToString();
    }
}
