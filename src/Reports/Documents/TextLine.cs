namespace Reporting.Reports.Documents;

/// <summary>One wrapped line of text and its advance width in points.</summary>
public readonly record struct TextLine(string Text, float Width);
