namespace Reporting.Reports.Documents;

/// <summary>One page of a laid-out document, numbered from 1, with fragments in drawing order.</summary>
public sealed record LaidOutPage(int Number, IReadOnlyList<PageFragment> Fragments);
