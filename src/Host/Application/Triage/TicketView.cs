using Reporting.Analytics.Duplicates;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Triage;

/// <summary>One ticket as its triage page shows it: masked text, suggestion and the words behind it, similar earlier tickets, group (id and label), the services to route to and every decision so far.</summary>
public sealed record TicketView(
    string Source, string Id, DateTime CreatedAt, string Subject, string Body, string? Customer, string? Product, string? Team, string? Status,
    IReadOnlyList<SuggestedOwner> Suggestions, bool NeedsHumanTriage, bool OutOfScope, string? GroupLabel, string? RoutedTo, string? RoutedBy,
    IReadOnlyList<SimilarTicket> Similar, IReadOnlyList<string> Services, IReadOnlyList<StoredTriageDecision> Decisions, string? GroupId = null,
    OwnerExplanation? Explanation = null, Reporting.Analytics.Priority.PriorityAdvice? SuggestedPriority = null,
    string? Priority = null);
