namespace Reporting.Ingest.Setup;

/// <summary>The kinds of <see cref="SetupFinding"/>, in the order they are listed.</summary>
public static class SetupFindingKinds
{
    public const string NoTeams = "no_teams";
    public const string PlaceholderManager = "placeholder_pm";
    public const string MemberNeverSeen = "member_never_seen";
    public const string ServiceNeverSeen = "service_never_seen";
    public const string TicketServiceNotConfigured = "ticket_service_not_configured";
    public const string TicketTeamNotConfigured = "ticket_team_not_configured";
    public const string ReleaseServiceWithoutTeam = "release_service_without_team";
    public const string RotationMissing = "rotation_missing";
    public const string RotationWeekMissing = "rotation_week_missing";
    public const string RotationTeamNotConfigured = "rotation_team_not_configured";
    public const string RotationEngineerNotMember = "rotation_engineer_not_member";
    public const string AbsenceEngineerNotMember = "absence_engineer_not_member";
}
