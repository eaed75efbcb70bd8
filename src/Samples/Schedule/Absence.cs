namespace Reporting.Samples;

/// <summary>An engineer away from <paramref name="Start"/> to <paramref name="End"/>, both days included.</summary>
internal sealed record Absence(string Engineer, DateOnly Start, DateOnly End)
{
    public bool Covers(DateOnly day) => day >= Start && day <= End;
}
