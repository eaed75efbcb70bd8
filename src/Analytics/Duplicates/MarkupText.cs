namespace Reporting.Analytics.Duplicates;

/// <summary>A ticket body split into prose (markup removed) and the contents of code/noformat blocks.</summary>
internal sealed record MarkupText(string Prose, string Code);
