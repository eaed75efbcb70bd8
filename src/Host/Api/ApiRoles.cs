namespace Reporting.Host.Api;

/// <summary>
/// What a key may do (<c>Api:Keys:N:Role</c>): a viewer (a PM) reads capacity, reports and digests; a triager also
/// asks for owner suggestions and similar tickets; an admin also sees deliveries and the job dashboard. A key
/// without a role keeps full access, as before roles existed.
/// </summary>
public static class ApiRoles
{
    public const string Viewer = "viewer";
    public const string Triager = "triager";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Viewer, Triager, Admin];

    /// <summary>The roles a key holds: its own and those below it.</summary>
    public static IReadOnlyList<string> Granted(string? role) => role?.ToLowerInvariant() switch
    {
        Viewer => [Viewer],
        Triager => [Viewer, Triager],
        _ => [Viewer, Triager, Admin],
    };

    public static bool IsKnown(string? role) => string.IsNullOrEmpty(role) || All.Contains(role.ToLowerInvariant());
}
