namespace Reporting.Host.Email;

/// <summary>Where a digest delivery stands.</summary>
public enum DeliveryStatus
{
    /// <summary>Claimed by one process (its claimant and lease are recorded) that is rendering or connecting: nothing handed over yet.</summary>
    Pending,

    /// <summary>The claimant is handing the message over: if it dies now the outcome is unknown.</summary>
    Sending,

    /// <summary>The SMTP server accepted the message.</summary>
    Sent,

    /// <summary>The server could not be reached or refused for now; a retry will send it.</summary>
    RetryScheduled,

    /// <summary>Refused for good (a bad address): recorded and shown, not retried.</summary>
    Failed,

    /// <summary>Interrupted while handing over: not resent automatically, to never send twice; resend with --force.</summary>
    Unknown,

    /// <summary>The week had no data when the digest was due (sources not pulled?); sent by a later run once it has.</summary>
    NoData,
}
