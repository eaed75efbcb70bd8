using System.Security.Claims;
using Reporting.Host.Api;

namespace Reporting.Host.Web;

/// <summary>
/// Turns the identity a provider vouched for into a workspace session: the configured name claim and the role its
/// groups map to, with the same role claims an API key grants. Null when the person has no role here.
/// </summary>
public static class SingleSignOnRoles
{
    /// <summary>Marks a session that came from single sign-on, so it is not checked against the API keys.</summary>
    public const string ViaClaim = "reporting:via";

    public static ClaimsPrincipal? Map(ClaimsPrincipal external, SingleSignOnOptions options, string authenticationType)
    {
        var name = external.FindFirst(options.NameClaim)?.Value ?? external.FindFirst("name")?.Value ?? external.FindFirst("sub")?.Value;
        var mapped = external.FindAll(options.RoleClaim)
            .Select(c => options.Roles.TryGetValue(c.Value, out var role) ? role.ToLowerInvariant() : null)
            .Where(r => r is not null && ApiRoles.All.Contains(r))
            .ToList();
        var role = mapped.Count > 0
            ? mapped.MaxBy(r => ApiRoles.Granted(r).Count)
            : string.IsNullOrWhiteSpace(options.DefaultRole) ? null : options.DefaultRole.ToLowerInvariant();
        if (string.IsNullOrEmpty(name) || role is null)
        {
            return null;
        }

        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, name), new Claim(ViaClaim, SingleSignOnOptions.Scheme), .. ApiRoles.Granted(role).Select(r => new Claim(ClaimTypes.Role, r))],
            authenticationType));
    }
}
