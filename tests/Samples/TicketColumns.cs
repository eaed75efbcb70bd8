using Reporting.Ingest.Company;

namespace Reporting.Samples.Tests;

/// <summary>Column positions of tickets.csv and events.csv.</summary>
internal static class TicketColumns
{
    public const int Id = 0;
    public const int CreatedAt = 1;
    public const int FirstResponseAt = 2;
    public const int ResolvedAt = 3;
    public const int Status = 4;
    public const int Priority = 5;
    public const int TypeColumn = 6;
    public const int Channel = 7;
    public const int CustomerColumn = 8;
    public const int Subject = 9;
    public const int Body = 10;
    public const int Service = 11;
    public const int Team = 12;
    public const int Assignee = 13;
    public const int Tags = 14;
    public const int DuplicateOf = 15;

    public const int EventTicketId = 0;
    public const int EventAt = 1;
    public const int EventKind = 2;
    public const int EventActor = 3;
    public const int EventDetail = 4;

    public static DateTime Instant(string value) =>
        DateTime.ParseExact(value, "yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
}
