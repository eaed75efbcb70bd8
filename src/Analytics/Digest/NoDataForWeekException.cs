using Reporting.Warehouse;

namespace Reporting.Analytics.Digest;

/// <summary>The asked-for week lies outside the data, so its digest would only show zeros.</summary>
public sealed class NoDataForWeekException(string message) : UserInputException(message);
