namespace Reporting.Analytics.Duplicates;

/// <summary>A candidate in a <see cref="CandidatePool"/>: features indexed by <see cref="PairFeature"/>.</summary>
public sealed record PoolCandidate(string Id, DateTime CreatedAt, IReadOnlyList<double> Features, bool IsDuplicate);
