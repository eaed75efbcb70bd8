namespace Reporting.Ingest.Setup;

/// <summary>A draft company configuration read from the tickets: the teams to write and those left out.</summary>
public sealed record CompanyProposal(IReadOnlyList<ProposedTeam> Teams, IReadOnlyList<LeftOutTeam> LeftOut, DateTime NewestActivity, ProposalOptions Options)
{
    public int Members => Teams.Sum(t => t.Members.Count);

    public int Services => Teams.Sum(t => t.ServicePlaceholder ? 0 : t.Services.Count);
}
