namespace Reporting.Analytics.Duplicates;

/// <summary>An evaluation query: a ticket with duplicate links to older tickets, which are the right answers.</summary>
public sealed record DuplicateQuery(string QueryId, IReadOnlySet<string> OlderDuplicateIds);
