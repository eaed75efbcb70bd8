namespace Reporting.Samples;

/// <summary>The exact words tickets.csv uses for enum values (spelled out so renaming an enum member cannot change files).</summary>
internal static class CsvTokens
{
    public static string Of(TicketType type) => type switch
    {
        TicketType.Bug => "bug",
        TicketType.Incident => "incident",
        TicketType.Question => "question",
        TicketType.FeatureRequest => "feature_request",
        _ => "task",
    };

    public static string Of(TicketPriority priority) => priority switch
    {
        TicketPriority.Urgent => "urgent",
        TicketPriority.High => "high",
        TicketPriority.Normal => "normal",
        _ => "low",
    };

    public static string Of(TicketChannel channel) => channel switch
    {
        TicketChannel.Email => "email",
        TicketChannel.Web => "web",
        TicketChannel.Chat => "chat",
        TicketChannel.Phone => "phone",
        _ => "api",
    };

    public static string Of(TicketStatus status) => status switch
    {
        TicketStatus.New => "new",
        TicketStatus.Open => "open",
        TicketStatus.Pending => "pending",
        TicketStatus.Solved => "solved",
        _ => "closed",
    };

    public static string TicketId(int number) => "SUP-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
