using System.Globalization;
using Reporting.Warehouse.Queries;

namespace Reporting.Analytics.Capacity.Effort;

/// <summary>
/// Fits the effort model's base hours per priority × type to tickets whose time was tracked, robustly: the median of
/// (tracked hours − the comment and reassignment costs) in each cell with enough tickets, else the priority's median,
/// else all tickets' median. The newest fifth is held back to compare the fitted model with the defaults; the fitted
/// one is used only when it predicts tracked time better there.
/// </summary>
public static class EffortModelFitter
{
    /// <summary>Tracked tickets needed before a fit is tried: fewer say more about who tracks than about effort.</summary>
    public const int MinTrackedTickets = 30;

    /// <summary>Tickets a priority × type cell needs for its own median.</summary>
    public const int MinCellTickets = 5;

    private const double MinBaseHours = 0.05;

    public static EffortFit Fit(IReadOnlyList<TrackedTicket> tracked, EffortModel defaults)
    {
        if (tracked.Count < MinTrackedTickets)
        {
            return new EffortFit(tracked.Count, 0, null, null, false, string.Create(CultureInfo.InvariantCulture,
                $"Effort: the default hours per ticket are used ({tracked.Count} tickets have tracked time; {MinTrackedTickets} are needed to fit them)."))
            {
                Model = defaults,
            };
        }

        var heldBack = Math.Max(1, tracked.Count / 5);
        var train = tracked.Take(tracked.Count - heldBack).ToList();
        var test = tracked.Skip(tracked.Count - heldBack).ToList();
        var fitted = defaults with { BaseHoursByCell = Cells(train, defaults) };
        var defaultMae = test.Average(t => Math.Abs(t.Hours - Predict(defaults, t)));
        var fittedMae = test.Average(t => Math.Abs(t.Hours - Predict(fitted, t)));
        var better = fittedMae < defaultMae;
        var note = string.Create(CultureInfo.InvariantCulture,
            $"Effort: fitted to {tracked.Count:N0} tickets with tracked time; on the newest {heldBack:N0} the fitted hours are off by {fittedMae:F2} h a ticket against {defaultMae:F2} h for the defaults, so {(better ? "the fitted hours are used" : "the defaults are kept")}.");
        return new EffortFit(tracked.Count, heldBack, Math.Round(defaultMae, 3), Math.Round(fittedMae, 3), better, note)
        {
            Model = better ? defaults with { BaseHoursByCell = Cells(tracked, defaults) } : defaults,
        };
    }

    /// <summary>The hours the model expects a ticket to take, as the capacity queries charge them.</summary>
    public static double Predict(EffortModel model, TrackedTicket t) =>
        model.BaseHours(t.Priority, t.Type) + t.Comments * model.HoursPerComment + t.Reassignments * model.HoursPerReassignment;

    private static Dictionary<string, double> Cells(IReadOnlyList<TrackedTicket> tickets, EffortModel model)
    {
        double Base(TrackedTicket t) => t.Hours - t.Comments * model.HoursPerComment - t.Reassignments * model.HoursPerReassignment;
        var overall = WeeklyStatistics.Median(tickets.Select(Base));
        var byPriority = tickets.GroupBy(t => t.Priority)
            .ToDictionary(g => g.Key, g => g.Count() >= MinCellTickets ? WeeklyStatistics.Median(g.Select(Base)) : overall);
        var cells = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var cell in tickets.GroupBy(t => EffortModel.CellKey(t.Priority, t.Type)))
        {
            var priority = cell.First().Priority;
            cells[cell.Key] = Math.Max(MinBaseHours, cell.Count() >= MinCellTickets ? WeeklyStatistics.Median(cell.Select(Base)) : byPriority[priority]);
        }

        return cells;
    }
}
