namespace Reporting.Analytics.Duplicates;

/// <summary>What the clusterer remembers of a ticket for labelling and time spans.</summary>
internal sealed record GroupMember(string TicketId, DateTime CreatedAt, string Subject, IReadOnlyList<string> SummaryTerms);
