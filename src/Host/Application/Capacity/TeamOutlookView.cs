using Reporting.Analytics.Capacity;
using Reporting.Analytics.Capacity.Outlook;

namespace Reporting.Host.Application.Capacity;

/// <summary>
/// One team's capacity page: its next two weeks in the words of the digest and the capacity report (column headings,
/// figures, the sentence that introduces them and the reasons, group labels masked), and its weeks with who was on
/// rotation, history then forecast.
/// </summary>
public sealed record TeamOutlookView(
    ReportingPeriod Period, string RosterNote, TeamOutlook Outlook, IReadOnlyList<TeamWeek> Weeks,
    string Introduction, IReadOnlyList<string> Columns, IReadOnlyList<string> Figures, IReadOnlyList<string> Reasons);
