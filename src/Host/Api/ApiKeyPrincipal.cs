using System.Security.Claims;

namespace Reporting.Host.Api;

/// <summary>Who a configured key is: its name and the roles it grants (<see cref="ApiRoles.Granted"/>). The API and the web session build it the same way.</summary>
public static class ApiKeyPrincipal
{
    public static ClaimsPrincipal For(ApiKeyEntry entry, string authenticationType) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, entry.Name), .. ApiRoles.Granted(entry.Role).Select(r => new Claim(ClaimTypes.Role, r))],
            authenticationType));
}
