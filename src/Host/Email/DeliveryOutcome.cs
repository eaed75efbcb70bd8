namespace Reporting.Host.Email;

/// <summary>What one delivery call did.</summary>
public enum DeliveryOutcome
{
    Sent,
    AlreadySent,
    PermanentlyFailed,
    OutcomeUnknown,
    DryRun,

    /// <summary>The week has no data yet (sources not pulled?): nothing rendered, nothing sent.</summary>
    NoData,

    /// <summary>Another process holds a live claim on this delivery: it sends, this one does not.</summary>
    InProgress,
}
