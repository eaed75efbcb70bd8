namespace Reporting.Analytics.Owners.Variants;

/// <summary>One evaluation variant: its file name (without extension) and what it stresses.</summary>
public sealed record OwnerDataVariant(string Name, string Description);
