using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Reporting.Ingest.Company;

namespace Reporting.Ingest.Setup;

/// <summary>
/// Writes a <see cref="CompanyProposal"/> as a commented teams.yaml draft: the evidence for every team, member and service
/// in comments, candidates commented out, and placeholders (product managers) marked "fill in". The draft always loads:
/// the text is parsed back with <see cref="TeamsFile.Parse"/> before it is returned.
/// </summary>
public static class ProposalYaml
{
    /// <summary>The product manager written for every team until someone fills it in (.invalid never resolves).</summary>
    public static readonly ProductManager PlaceholderManager = new("Fill in", "pm@example.invalid", "UTC");

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(CompanyProposal proposal, string warehouse, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var options = proposal.Options;
        var y = new StringBuilder();
        void Line(string text) => y.Append(text).Append('\n');

        Line($"# Draft teams.yaml proposed by `reporting setup propose` from {Path.GetFileName(warehouse)} on {today:yyyy-MM-dd}.");
        Line("# Teams are the tickets' teams (else their service's usual team, else their product); a person joins the team whose");
        Line($"# tickets they were assigned most, if assigned {options.MinAssignedTickets}+ tickets and active in the {options.ActiveWeeks} weeks before");
        Line($"# {proposal.NewestActivity:yyyy-MM-dd} (the newest activity); a team whose tickets nobody is assigned takes those who commented");
        Line("# on them instead. A service goes to the team that handles most of its tickets.");
        Line("# Fill in what says \"fill in\" (product managers), set part-timers' weekly_hours, then:");
        Line("#   reporting ingest teams.yaml --db FILE && reporting setup check --db FILE");
        Line("teams:");
        foreach (var team in proposal.Teams)
        {
            Line(string.Create(C, $"  - name: {Scalar(team.Name)}  # {team.Tickets:N0} tickets, the last on {team.LastTicket:yyyy-MM-dd}"));
            Line("    product_manager:  # fill in: the team's product manager, e-mail and IANA time zone (e.g. Europe/Berlin)");
            Line($"      name: {Scalar(PlaceholderManager.Name)}");
            Line($"      email: {Scalar(PlaceholderManager.Email)}");
            Line($"      time_zone: {Scalar(PlaceholderManager.TimeZone)}");
            Line(team.MembersFromComments
                ? $"    members:  # nobody is assigned its tickets: these people worked on them in comments; weekly_hours {options.WeeklyHours} assumed"
                : $"    members:  # weekly_hours {options.WeeklyHours} assumed: set part-timers' hours");
            foreach (var member in team.Members)
            {
                Line($"      - name: {Scalar(member.Name)}  # {Evidence(member)}");
                Line(string.Create(C, $"        weekly_hours: {options.WeeklyHours}"));
            }

            if (team.Candidates.Count > 0)
            {
                Line("      # Also worked on its tickets; add them if they belong here:");
                foreach (var candidate in team.Candidates)
                {
                    Line($"      # - name: {Scalar(candidate.Name)}  # {Evidence(candidate)}; {candidate.Reason}");
                }

                if (team.MoreCandidates > 0)
                {
                    Line(string.Create(C, $"      # … and {team.MoreCandidates:N0} more with less activity"));
                }
            }

            Line(team.ServicePlaceholder
                ? "    services:  # fill in: no ticket of this team names a service; its name stands in"
                : "    services:  # tickets of the service, and how many of them this team handled");
            foreach (var service in team.Services)
            {
                Line(team.ServicePlaceholder
                    ? $"      - {Scalar(service.Name)}"
                    : string.Create(C, $"      - {Scalar(service.Name)}  # {service.Tickets:N0} tickets, {Percent(service.TeamTickets, service.Tickets)} by this team"));
            }
        }

        if (proposal.LeftOut.Count > 0)
        {
            Line("# Left out (teams.yaml needs at least one member per team):");
            foreach (var team in proposal.LeftOut)
            {
                var services = team.Services.Count == 0 ? "" : $"; services {string.Join(", ", team.Services)}";
                Line(string.Create(C, $"#   {OneLine(team.Name)}: {team.Tickets:N0} tickets{OneLine(services)}: {team.Reason}"));
            }
        }

        var text = y.ToString();
        _ = TeamsFile.Parse(text, "the proposed teams.yaml"); // a draft that does not load is a bug here, not the user's
        return text;
    }

    /// <summary>A YAML scalar: plain when it cannot be misread, else double-quoted (a JSON string is valid YAML).</summary>
    public static string Scalar(string value) => IsPlain(value) ? value : JsonSerializer.Serialize(value, Quoting);

    private static string Evidence(ProposedMember m) => string.Create(C,
        $"assigned {m.TeamTickets:N0} of this team's tickets ({m.AssignedTickets:N0} in all), worked on {m.TeamTouched:N0}, {m.Comments:N0} comments, last active {m.LastActive:yyyy-MM-dd}");

    private static string Percent(long part, long whole) =>
        whole == 0 ? "0%" : string.Create(C, $"{100.0 * part / whole:F0}%");

    private static string OneLine(string text) => new(text.Select(ch => char.IsControl(ch) ? ' ' : ch).ToArray());

    private static bool IsPlain(string value)
    {
        if (value.Length == 0 || value[^1] == ' ' || !char.IsLetter(value[0]))
        {
            return false;
        }

        if (value.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "on" or "off" or "null" or "y" or "n")
        {
            return false;
        }

        // Letters, digits and a few separators; ": " and " #" can then never occur.
        return value.All(ch => char.IsLetterOrDigit(ch) || ch is ' ' or '.' or '-' or '_' or '/' or '(' or ')' or '@' or '+');
    }
}
