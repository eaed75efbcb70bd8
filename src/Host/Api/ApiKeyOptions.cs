namespace Reporting.Host.Api;

/// <summary>
/// API keys (section <c>Api</c>). Only SHA-256 hashes of keys are configured, so the configuration file
/// holds nothing that grants access; `reporting apikey new` prints a key and the hash to configure.
/// </summary>
public sealed class ApiKeyOptions
{
    public const string Section = "Api";

    public List<ApiKeyEntry> Keys { get; set; } = [];
}

/// <summary>One client's key: a name for logs and the dashboard, the hex SHA-256 of the key, and its role (<see cref="ApiRoles"/>).</summary>
public sealed class ApiKeyEntry
{
    public string Name { get; set; } = "";

    public string Sha256 { get; set; } = "";

    /// <summary><c>viewer</c>, <c>triager</c> or <c>admin</c>; empty for full access.</summary>
    public string? Role { get; set; }
}
