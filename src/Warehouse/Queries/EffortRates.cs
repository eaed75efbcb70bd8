namespace Reporting.Warehouse.Queries;

/// <summary>
/// The figures of an effort model that <see cref="SupportEffortQueries"/> writes into its SQL: base hours by priority
/// (and <see cref="DefaultBaseHours"/> for any other), the multiplier by ticket type, base hours fitted per
/// priority × type cell (keyed <c>priority|type</c>, lower case), and the cost of a comment and of a reassignment.
/// </summary>
public sealed record EffortRates(
    IReadOnlyDictionary<string, double> BaseHoursByPriority,
    IReadOnlyDictionary<string, double> TypeMultiplier,
    IReadOnlyDictionary<string, double> BaseHoursByCell,
    double DefaultBaseHours,
    double HoursPerComment,
    double HoursPerReassignment);
