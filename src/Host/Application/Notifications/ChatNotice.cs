namespace Reporting.Host.Application.Notifications;

/// <summary>
/// One notification: its key (the same event always gets the same key, which is what makes it sent once), kind, the team
/// it concerns if any, a title and lines of plain text.
/// </summary>
public sealed record ChatNotice(string Key, string Kind, string? Team, string Title, IReadOnlyList<string> Lines);
