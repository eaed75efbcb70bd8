namespace Reporting.Reports.Documents;

/// <summary>The result of the layout pass: positioned fragments per page, ready to render to PDF or PNG.</summary>
public sealed record DocumentLayout(DocumentMetadata Metadata, PageSize PageSize, IReadOnlyList<LaidOutPage> Pages);
