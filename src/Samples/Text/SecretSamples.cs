using System.Text;

namespace Reporting.Samples;

/// <summary>
/// Fake credentials of the shapes customers accidentally paste (bearer JWTs, live API keys, passwords),
/// so a privacy masker has something to find. All are random and valid for nothing.
/// </summary>
internal static class SecretSamples
{
    private const string Base64Url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private const string Alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string Hex = "0123456789abcdef";
    private static readonly string[] PasswordWords = ["Summer", "Winter", "Acme", "Welcome", "Passw0rd", "Berlin", "Admin", "Spring"];

    public static string BearerHeader(Random random) =>
        "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + Chars(random, Base64Url, random.Next(48, 90)) + "." + Chars(random, Base64Url, 43);

    public static string LiveApiKey(Random random) => "sk_live_" + Chars(random, Alphanumeric, 24);

    public static string Password(Random random) =>
        random.Pick(PasswordWords) + random.Next(2020, 2027).ToString(System.Globalization.CultureInfo.InvariantCulture) + random.Pick(["!", "#", "$", "?"]);

    public static string ApiKeyHeader(Random random) => "X-Api-Key: ak_" + Chars(random, Hex, 32);

    /// <summary>One secret-bearing log or config line, in one of several shapes.</summary>
    public static string AnyLine(Random random) => random.Next(5) switch
    {
        0 => BearerHeader(random),
        1 => $"GET /api/v2/export?api_key={LiveApiKey(random)}&format=csv HTTP/1.1",
        2 => $"Server=db01.internal;Database=acme_prod;User Id=svc_acme;password={Password(random)};",
        3 => ApiKeyHeader(random),
        _ => $"curl -u admin:{Password(random)} https://api.example.com/v2/health",
    };

    public static string Chars(Random random, string alphabet, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }

    public static string HexId(Random random, int length) => Chars(random, Hex, length);
}
