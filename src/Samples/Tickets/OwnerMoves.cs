namespace Reporting.Samples;

/// <summary>The sample company's ownership changes: some end before the newest tickets, some last to the end.</summary>
internal static class OwnerMoves
{
    public static readonly IReadOnlyList<OwnerMove> All =
    [
        new("sso-connector", "auth-service", 0.0, 0.5, 0.4),
        new("search", "web-app", 0.2, 0.7, 0.45),
        new("sms-gateway", "notifications", 0.4, 1.0, 0.5),
        new("rate-limiter", "api-gateway", 0.55, 1.0, 0.6),
        new("tax-engine", "invoicing", 0.6, 1.0, 0.5),
    ];

    /// <summary>
    /// The service a routed ticket is recorded under: its own, or the one its questions and requests moved to at the
    /// time. Bugs and incidents stay with the service that shipped the code, so release tails and the capacity
    /// forecasts built on them are unchanged.
    /// </summary>
    public static string Recorded(Random routing, SamplePeriod period, ServiceProfile service, TicketType type, DateTime created)
    {
        if (type is TicketType.Bug or TicketType.Incident)
        {
            return service.Id;
        }

        var at = (created - period.StartUtc) / (period.EndUtc - period.StartUtc);
        foreach (var move in All)
        {
            if (move.FromService == service.Id && at >= move.From && at < move.Until && routing.Chance(move.Share))
            {
                return move.ToService;
            }
        }

        return service.Id;
    }
}
