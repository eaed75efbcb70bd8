namespace Reporting.Analytics.Duplicates;

/// <summary>An undirected "same problem" link between two tickets, e.g. a tracker's Duplicate link.</summary>
public readonly record struct DuplicateLink(string FirstId, string SecondId);
