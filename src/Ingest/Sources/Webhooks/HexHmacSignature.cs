using System.Security.Cryptography;
using System.Text;

namespace Reporting.Ingest.Sources.Webhooks;

/// <summary>The <c>sha256=&lt;hex HMAC-SHA256 of the raw body&gt;</c> header shared by GitHub and Jira, compared in constant time.</summary>
internal static class HexHmacSignature
{
    private const string Prefix = "sha256=";

    public static WebhookVerdict Verify(string secret, string? header, ReadOnlySpan<byte> body)
    {
        if (header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || header.Length != Prefix.Length + 64)
        {
            return WebhookVerdict.Missing;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(header.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return WebhookVerdict.Missing;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? WebhookVerdict.Valid : WebhookVerdict.Mismatch;
    }
}
