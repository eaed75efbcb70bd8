namespace Reporting.Analytics.Duplicates;

/// <summary>A training example: the features of a (query, candidate) pair and whether they are linked duplicates.</summary>
public sealed record LabelledPair(IReadOnlyList<double> Features, bool IsDuplicate);
