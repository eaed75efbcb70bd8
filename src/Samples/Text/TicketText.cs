namespace Reporting.Samples;

/// <summary>The subject and body a customer (or an agent, for phone calls) wrote; HasSecret marks pasted credentials.</summary>
internal sealed record TicketText(string Subject, string Body, bool HasSecret);
