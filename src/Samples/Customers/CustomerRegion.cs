namespace Reporting.Samples;

/// <summary>
/// Where a customer sits: its clock (for the business-hours curve), the languages it writes in,
/// its phone format ('#' is a digit) and the words its company and contact names are made of.
/// </summary>
internal sealed record CustomerRegion(
    string Code,
    int StandardOffsetMinutes,
    DaylightSavingRule DaylightSaving,
    string ForeignLanguage,
    double ForeignLanguageShare,
    string PhonePattern,
    double Weight,
    IReadOnlyList<string> FirstNames,
    IReadOnlyList<string> LastNames,
    IReadOnlyList<string> NameStarts,
    IReadOnlyList<string> NameCores,
    IReadOnlyList<string> LegalForms,
    IReadOnlyList<string> FixedNames)
{
    /// <summary>Offset from UTC in minutes on a local date.</summary>
    public int OffsetMinutes(DateOnly localDay) =>
        StandardOffsetMinutes + (IsDaylightSaving(localDay) ? 60 : 0);

    private bool IsDaylightSaving(DateOnly day) => DaylightSaving switch
    {
        DaylightSavingRule.Europe => day >= LastSunday(day.Year, 3) && day < LastSunday(day.Year, 10),
        DaylightSavingRule.UnitedStates => day >= NthSunday(day.Year, 3, 2) && day < NthSunday(day.Year, 11, 1),
        DaylightSavingRule.SouthEastAustralia => day >= NthSunday(day.Year, 10, 1) || day < NthSunday(day.Year, 4, 1),
        _ => false,
    };

    private static DateOnly LastSunday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }

    private static DateOnly NthSunday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        var firstSunday = first.AddDays((7 - (int)first.DayOfWeek) % 7);
        return firstSunday.AddDays(7 * (n - 1));
    }
}
