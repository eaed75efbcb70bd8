namespace Reporting.Analytics.Duplicates;

/// <summary>
/// A group of tickets reporting the same problem. <see cref="Label"/> reads like
/// "namenode · safemode · restart — HDFS-123: NameNode stuck in safe mode after restart".
/// </summary>
public sealed record RecurringBugGroup(
    string GroupId,
    IReadOnlyList<string> TicketIds,
    string RepresentativeTicketId,
    IReadOnlyList<string> KeyTerms,
    string Label,
    DateTime FirstSeen,
    DateTime LastSeen);
