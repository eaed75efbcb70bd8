namespace Reporting.Samples;

/// <summary>Answers "is this engineer away on this day?" quickly.</summary>
internal sealed class AbsenceCalendar
{
    private readonly Dictionary<string, List<Absence>> _byEngineer = new(StringComparer.Ordinal);

    public AbsenceCalendar(IEnumerable<Absence> absences)
    {
        foreach (var absence in absences)
        {
            if (!_byEngineer.TryGetValue(absence.Engineer, out var list))
            {
                list = [];
                _byEngineer.Add(absence.Engineer, list);
            }

            list.Add(absence);
        }
    }

    public bool IsAway(string engineer, DateOnly day) =>
        _byEngineer.TryGetValue(engineer, out var list) && list.Exists(a => a.Covers(day));

    /// <summary>How many of the five weekdays starting at <paramref name="monday"/> the engineer is away.</summary>
    public int WeekdaysAway(string engineer, DateOnly monday)
    {
        var count = 0;
        for (var d = 0; d < 5; d++)
        {
            if (IsAway(engineer, monday.AddDays(d)))
            {
                count++;
            }
        }

        return count;
    }
}
