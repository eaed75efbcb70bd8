namespace Reporting.Host.Application.Notifications;

/// <summary>What a notification is about; a channel's <c>Events</c> names them.</summary>
public static class ChatNoticeKinds
{
    public const string Handover = "handover";
    public const string Recurring = "recurring";
    public const string DigestFailed = "digest-failed";
    public const string SourceStale = "source-stale";

    public static readonly string[] All = [Handover, Recurring, DigestFailed, SourceStale];
}
