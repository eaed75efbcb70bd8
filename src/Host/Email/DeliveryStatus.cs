namespace Reporting.Host.Email;

/// <summary>Where a digest delivery stands.</summary>
public enum DeliveryStatus
{
    /// <summary>Claimed, not yet connected.</summary>
    Pending,

    /// <summary>Connected and handing the message over: a crash now leaves the outcome unknown.</summary>
    Sending,

    /// <summary>The SMTP server accepted the message.</summary>
    Sent,

    /// <summary>The server could not be reached or refused for now; a retry will send it.</summary>
    RetryScheduled,

    /// <summary>Refused for good (a bad address): recorded and shown, not retried.</summary>
    Failed,

    /// <summary>Interrupted while handing over: not resent automatically, to never send twice; resend with --force.</summary>
    Unknown,
}
