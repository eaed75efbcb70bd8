namespace Reporting.Reports.Documents;

/// <summary>A paragraph of word-wrapped text; newlines start new lines.</summary>
public sealed record ParagraphBlock(string? Text, FontFace Face = FontFace.Regular) : DocumentBlock;
