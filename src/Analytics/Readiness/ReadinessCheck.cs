namespace Reporting.Analytics.Readiness;

/// <summary>
/// One item of the checklist: whether the ticket has it, the words that showed it (the cue and a short quote), and the
/// question for the reporter when it is missing.
/// </summary>
public sealed record ReadinessCheck(ReadinessItem Item, bool Present, string? Cue, string? Evidence)
{
    public string Key => ReadinessItems.Key(Item);

    public string Title => ReadinessItems.Title(Item);

    public string? Question => Present ? null : ReadinessItems.Question(Item);
}
