namespace Reporting.Host.Email;

/// <summary>One delivery's record. <see cref="Claimant"/> and <see cref="LeaseUntil"/> name the process that holds (or last held) it.</summary>
public sealed record DeliveryRecord(
    string Subscription, string Week, DeliveryStatus Status, int Attempts, string? Detail, DateTime UpdatedAt,
    string? Claimant = null, DateTime? LeaseUntil = null);
