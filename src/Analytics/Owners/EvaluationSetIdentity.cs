using System.Security.Cryptography;
using System.Text;

namespace Reporting.Analytics.Owners;

/// <summary>A stable fingerprint of an evaluation set: SHA-256 over its sorted "id, owner" pairs.</summary>
public static class EvaluationSetIdentity
{
    public static string Compute(IEnumerable<OwnerTrainingExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var lines = examples.Select(e => e.Id + "\t" + e.Owner).Order(StringComparer.Ordinal).ToList();
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        return $"{lines.Count}:{Convert.ToHexString(bytes)[..32].ToLowerInvariant()}";
    }
}
