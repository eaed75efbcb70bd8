namespace Reporting.Ingest.Setup;

/// <summary>
/// One thing in the company configuration that does not match the warehouse. <paramref name="Kind"/> is a stable
/// snake_case word (see <see cref="SetupFindingKinds"/>); <paramref name="Message"/> says what and what to do, in one line.
/// </summary>
public sealed record SetupFinding(string Kind, string Message)
{
    public override string ToString() => $"{Kind}: {Message}";
}
