namespace Reporting.Host.Application.Recurring;

/// <summary>
/// A recurring-bug group as the list shows it: masked label, stored state, owner (the commonest routing decided, else suggested,
/// for its tickets; <paramref name="Decided"/> of them decided), tickets in the week shown, customers affected, growth (the
/// four weeks up to that week against the four before) and tickets per week for the sparkline, oldest first.
/// </summary>
public sealed record RecurringGroupLine(
    string Id, string Label, string State, string? Owner, long Decided, long ThisWeek, long Tickets, long Customers, long Recent, long Previous,
    IReadOnlyList<long> Weekly)
{
    public long Growth => Recent - Previous;
}
