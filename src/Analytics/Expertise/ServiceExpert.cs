namespace Reporting.Analytics.Expertise;

/// <summary>
/// One person's part in a service over the period: the tickets they handled (as assignee: <see cref="Assigned"/>; only
/// commented: <see cref="Commented"/>), and their
/// recency-weighted score with its share of the service's total (see <see cref="ExpertiseMap"/> for the rules).
/// </summary>
public sealed record ServiceExpert(string Person, int Tickets, int Assigned, int Commented, double Score, double Share);
