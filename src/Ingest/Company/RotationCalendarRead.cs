namespace Reporting.Ingest.Company;

/// <summary>What a calendar gave: its events, those mapped to an engineer and team, the weeks they cover, the rest rejected.</summary>
public sealed record RotationCalendarRead(int Events, int Accepted, IReadOnlyList<RotationEntry> Weeks, IReadOnlyList<Tickets.RejectedRecord> Rejects);
