using DuckDB.NET.Data;
using Reporting.Analytics.Capacity.Rotation;
using Reporting.Warehouse.Calendar;
using Reporting.Warehouse.Queries;

namespace Reporting.Host.Application.Capacity;

/// <summary>
/// Proposes the next weeks' rotation (from next week unless told), and with <c>apply</c> stores it as the rotation,
/// so capacity and its forecast count the planned engineers as they count a loaded rotation.csv.
/// </summary>
public sealed class PlanRotation(TimeProvider time, RotationPlanOptions options)
{
    public async Task<IReadOnlyList<RotationPlanWeek>> RunAsync(
        DuckDBConnection connection, int weeks, string? from, bool apply, CancellationToken cancellationToken)
    {
        if (weeks is < 1 or > RotationPlanOptions.MaxWeeks)
        {
            throw new InvalidRequestException("weeks", $"weeks must be between 1 and {RotationPlanOptions.MaxWeeks}, not {weeks}.");
        }

        IsoWeek first;
        if (from is null)
        {
            first = IsoWeek.Of(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)).AddWeeks(1);
        }
        else if (!IsoWeek.TryParse(from, out first))
        {
            throw new InvalidRequestException("from", $"'{from}' is not an ISO week like 2026-W49.");
        }

        var input = await RotationPlanLoader.LoadAsync(connection, first, options.Groups, cancellationToken);
        var plan = new RotationPlanner(options).Plan(input, first, weeks);
        if (apply)
        {
            await RotationPlanQueries.StoreAsync(connection,
                plan.SelectMany(w => w.Rows()).Select(r => new PlanRotationRow(r.Week.Monday, r.Team, r.Engineer, r.Buddy)).ToList(),
                cancellationToken);
        }

        return plan;
    }
}
