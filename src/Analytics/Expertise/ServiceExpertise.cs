namespace Reporting.Analytics.Expertise;

/// <summary>
/// Who knows one service: its tickets in the period, those someone handled, the people ranked by weighted score,
/// and the bus factor (null when nobody handled any ticket). <see cref="AtRisk"/>: one person covers the service.
/// </summary>
public sealed record ServiceExpertise(
    string Service, string Team, int Tickets, int HandledTickets, int? BusFactor, IReadOnlyList<ServiceExpert> People)
{
    public bool AtRisk => BusFactor == 1;
}
