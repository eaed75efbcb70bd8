namespace Reporting.Samples;

/// <summary>
/// A ticket as planned before ids exist: who files it, when, about which service and why. The true service is
/// always known here; whether the ticket shows it (or a wrong team) is decided later.
/// </summary>
internal sealed record TicketDraft(
    int PlanOrder,
    DateTime CreatedAt,
    Customer Customer,
    CustomerContact Contact,
    ServiceProfile Service,
    TicketSource Source,
    TicketType Type,
    TicketPriority Priority,
    TicketChannel Channel,
    BugFamily? Family = null,
    Release? Release = null);
