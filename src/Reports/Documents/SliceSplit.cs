namespace Reporting.Reports.Documents;

/// <summary>A slice cut to fit the rest of a page: the part placed now and the part for the next page.</summary>
internal readonly record struct SliceSplit(LayoutSlice Head, LayoutSlice? Tail);
