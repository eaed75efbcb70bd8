namespace Reporting.Analytics.Duplicates;

/// <summary>A scored link from a ticket to an earlier ticket it may duplicate.</summary>
public readonly record struct NeighbourLink(string TicketId, string EarlierTicketId, double Probability);
