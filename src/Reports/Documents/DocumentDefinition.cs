namespace Reporting.Reports.Documents;

/// <summary>
/// The complete declarative description of a document. Usually made with <see cref="DocumentBuilder"/>.
/// </summary>
/// <param name="PageNumberFormat">Composite format for the footer's page number; {0} is the page, {1} the page count.</param>
public sealed record DocumentDefinition(
    DocumentMetadata Metadata,
    PageSize PageSize,
    PageMargins Margins,
    DocumentTheme Theme,
    IReadOnlyList<DocumentBlock> Blocks,
    string? HeaderText = null,
    string? HeaderRightText = null,
    string? FooterText = null,
    string PageNumberFormat = "Page {0} of {1}");
