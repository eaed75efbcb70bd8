namespace Reporting.Host.Application.Triage;

/// <summary>One open ticket in the inbox: masked subject, top owners, badges, group, age and who routed it (if anyone did).</summary>
public sealed record InboxTicket(
    string Source, string Id, string Subject, string? Customer, string? Product, string? Team, string? Status, TimeSpan Age,
    IReadOnlyList<SuggestedOwner> Suggestions, bool NeedsHumanTriage, bool OutOfScope, string? GroupLabel, string? RoutedTo, string? RoutedBy);
