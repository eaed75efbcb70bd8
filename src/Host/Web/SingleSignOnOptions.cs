namespace Reporting.Host.Web;

/// <summary>
/// Optional OpenID Connect sign-in (<c>Authentication:OpenIdConnect</c>) for companies with single sign-on. Off
/// while <see cref="Authority"/> is empty. The provider's group (or role) claim is mapped to a workspace role; a
/// person whose claims map to no role, and no <see cref="DefaultRole"/> is set, is refused.
/// </summary>
public sealed class SingleSignOnOptions
{
    public const string Section = "Authentication:OpenIdConnect";
    public const string Scheme = "oidc";

    /// <summary>The provider's issuer URL, e.g. <c>https://login.example.com/realms/acme</c>.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Shown on the sign-in button.</summary>
    public string DisplayName { get; set; } = "single sign-on";

    /// <summary>The claim naming the person's groups or roles at the provider.</summary>
    public string RoleClaim { get; set; } = "groups";

    /// <summary>The claim shown as the person's name (and stored as "who" on triage decisions).</summary>
    public string NameClaim { get; set; } = "preferred_username";

    /// <summary>Provider group → workspace role (<c>viewer</c>, <c>triager</c> or <c>admin</c>); the highest one wins.</summary>
    public Dictionary<string, string> Roles { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The role of a person none of whose groups is mapped; empty refuses them.</summary>
    public string? DefaultRole { get; set; }

    /// <summary>Only for a provider on a private test network: allows an http:// authority.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
