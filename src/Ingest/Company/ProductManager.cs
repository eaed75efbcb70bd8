namespace Reporting.Ingest.Company;

/// <summary>A product manager; <paramref name="TimeZone"/> is an IANA zone id such as "Europe/Berlin".</summary>
public sealed record ProductManager(string Name, string Email, string TimeZone);
