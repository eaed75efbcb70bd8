namespace Reporting.Host.Application.Capacity;

/// <summary>What a caller asks of capacity: one team or all, a period (open ends filled in), weeks to forecast.</summary>
public sealed record CapacityRequest(string? Team = null, DateOnly? From = null, DateOnly? To = null, int ForecastWeeks = 2, bool Store = false)
{
    public const int MaxForecastWeeks = 8;
}
