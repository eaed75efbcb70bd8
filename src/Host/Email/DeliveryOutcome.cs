namespace Reporting.Host.Email;

/// <summary>What one delivery call did.</summary>
public enum DeliveryOutcome
{
    Sent,
    AlreadySent,
    PermanentlyFailed,
    OutcomeUnknown,
    DryRun,
}
