using System.Security.Cryptography;
using System.Text;

namespace Reporting.Host.Api;

/// <summary>Creates API keys and checks them against configured hashes in constant time.</summary>
public static class ApiKeyHasher
{
    public static string NewKey() => "rpt_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static ApiKeyEntry? Find(IEnumerable<ApiKeyEntry> entries, string presentedKey)
    {
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey));
        ApiKeyEntry? match = null;
        foreach (var entry in entries)
        {
            byte[] expected;
            try
            {
                expected = Convert.FromHexString(entry.Sha256);
            }
            catch (FormatException)
            {
                continue;
            }

            // Check every entry, so timing does not reveal which (or whether an) entry matched.
            if (CryptographicOperations.FixedTimeEquals(expected, presented))
            {
                match = entry;
            }
        }

        return match;
    }
}
