namespace Reporting.Warehouse.Queries;

/// <summary>Dates as the capacity statements compare them: midnight, no time zone (DuckDB's DATE against its TIMESTAMP columns).</summary>
internal static class DuckDbDate
{
    public static DateTime At(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
}
