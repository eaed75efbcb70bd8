namespace Reporting.Reports.Documents;

/// <summary>A bulleted list; each item wraps under its own text, not under the bullet.</summary>
public sealed record BulletListBlock(IReadOnlyList<string?> Items) : DocumentBlock;
