namespace Reporting.Analytics.Owners;

/// <summary>A model version stored in an <see cref="OwnerModelRegistry"/>.</summary>
public sealed record RegisteredOwnerModel(int Version, string Name, string ModelPath, string MetricsPath);
