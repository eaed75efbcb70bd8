namespace Reporting.Samples;

/// <summary>
/// Words customers use for a kind of trouble without saying which part of the product they mean ("I can't log in",
/// "export failed"). Several services share a group, so a ticket worded this way does not name its owner.
/// Name doubles as the feature-area tag agents put on such tickets.
/// </summary>
internal sealed record CustomerWordGroup(
    string Name,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Symptoms,
    IReadOnlyList<string> Nouns,
    IReadOnlyList<string> Areas,
    IReadOnlyList<string> Tasks,
    IReadOnlyList<string> Actions);
