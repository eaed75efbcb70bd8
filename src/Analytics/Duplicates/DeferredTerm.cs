namespace Reporting.Analytics.Duplicates;

/// <summary>A query term whose postings were too long to walk; it is scored for pool candidates only.</summary>
internal readonly record struct DeferredTerm(int Channel, int TermId, double Idf);
