namespace Reporting.Host.Application.WriteBack;

/// <summary>What a run did with one action: <see cref="WouldWrite"/> (dry run), <see cref="Written"/> or <see cref="Failed"/>.</summary>
public sealed record WriteBackItem(
    string Source, string TicketId, string Decision, string Action, string Outcome, string Method, string Path, int Attempts, string Detail)
{
    public const string WouldWrite = "would write";
    public const string Written = "written";
    public const string Failed = "failed";
}
