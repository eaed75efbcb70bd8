namespace Reporting.Analytics.Duplicates;

/// <summary>
/// A group of tickets reporting the same problem. <see cref="Label"/> is the subject of its most typical
/// ticket (<see cref="RepresentativeTicketId"/>), e.g. "NameNode stuck in safe mode after restart";
/// <see cref="KeyTerms"/> are the words its members share most, e.g. "namenode", "safemode".
/// </summary>
public sealed record RecurringBugGroup(
    string GroupId,
    IReadOnlyList<string> TicketIds,
    string RepresentativeTicketId,
    IReadOnlyList<string> KeyTerms,
    string Label,
    DateTime FirstSeen,
    DateTime LastSeen);
