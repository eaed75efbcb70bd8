namespace Reporting.Samples;

/// <summary>A person at a customer who writes tickets (their e-mail and phone end up in ticket bodies).</summary>
internal sealed record CustomerContact(string Name, string FirstName, string Email, string Phone);
