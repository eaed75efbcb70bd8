namespace Reporting.Samples;

/// <summary>A simulated ticket: its exported row, its event history and facts the summary counts.</summary>
internal sealed record TicketOutcome(
    TicketRow Row,
    IReadOnlyList<TicketEvent> Events,
    bool Unrouted,
    bool Bounced,
    bool Misrouted,
    bool Reopened,
    bool HasSecret);
