using Reporting.Ingest.Company;

namespace Reporting.Ingest.Setup;

/// <summary>
/// How far a proposal agrees with a known teams.yaml: members put in the same team, services given the same owner, teams
/// found by name, and members proposed who are not in it at all.
/// </summary>
public sealed record ProposalAgreement(
    int Members, int MembersSameTeam, int Services, int ServicesSameOwner, int Teams, int TeamsFound, int ExtraMembers)
{
    public double MemberShare => Members == 0 ? 0 : (double)MembersSameTeam / Members;

    public double ServiceShare => Services == 0 ? 0 : (double)ServicesSameOwner / Services;

    public double TeamShare => Teams == 0 ? 0 : (double)TeamsFound / Teams;

    public static ProposalAgreement Compare(CompanyProposal proposal, TeamsDocument known)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(known);
        var proposedMember = proposal.Teams.SelectMany(t => t.Members.Select(m => (m.Name, t.Name)))
            .ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
        var proposedOwner = proposal.Teams.Where(t => !t.ServicePlaceholder)
            .SelectMany(t => t.Services.Select(s => (s.Name, t.Name)))
            .ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
        var knownMembers = known.Teams.SelectMany(t => t.Members.Select(m => (m.Name, Team: t.Name))).ToList();
        var knownServices = known.Teams.SelectMany(t => t.Services.Select(s => (Name: s, Team: t.Name))).ToList();
        var proposedTeams = proposal.Teams.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var knownNames = knownMembers.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        return new ProposalAgreement(
            knownMembers.Count,
            knownMembers.Count(m => proposedMember.GetValueOrDefault(m.Name) == m.Team),
            knownServices.Count,
            knownServices.Count(s => proposedOwner.GetValueOrDefault(s.Name) == s.Team),
            known.Teams.Count,
            known.Teams.Count(t => proposedTeams.Contains(t.Name)),
            proposedMember.Keys.Count(name => !knownNames.Contains(name)));
    }
}
