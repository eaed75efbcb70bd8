namespace Reporting.Host.Email;

public sealed record DeliveryRecord(string Subscription, string Week, DeliveryStatus Status, int Attempts, string? Detail, DateTime UpdatedAt);
