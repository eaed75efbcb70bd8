using Reporting.Ingest.Company;

namespace Reporting.Samples;

/// <summary>
/// Plays out what happens to a ticket: routing (some unrouted, some to the wrong team and bounced), who picks it up
/// (mostly that week's rotation engineer, otherwise a colleague, which is leaked support work), first response in
/// staffed hours, comments, pending, resolution (recurring problems resolve when their fix ships), reopening
/// and auto-close. The row's status, first response, resolution and assignee are derived from the events, so the
/// two files always agree.
/// </summary>
internal sealed class TicketLifecycle(SamplePeriod period, TeamsDocument teams, RotationSchedule rotation, AbsenceCalendar absences)
{
    private const double UnroutedShare = 0.07;
    private const double MisroutedShare = 0.045;
    private const double BounceShare = 0.6;
    private const double RotationShare = 0.72;
    private static readonly TimeSpan AutoCloseAfter = TimeSpan.FromDays(4);

    private readonly List<TeamMember> _everyone = teams.Teams.SelectMany(t => t.Members).ToList();

    public TicketOutcome Simulate(Random random, TicketDraft draft, string id, string? duplicateOf, TicketText text)
    {
        var end = period.EndUtc;
        var created = draft.CreatedAt;
        var urgent = draft.Priority == TicketPriority.Urgent;

        var unrouted = random.Chance(UnroutedShare);
        var rightTeam = unrouted ? (int?)null : TeamIndex(draft.Service.Team);
        var firstTeam = rightTeam;
        var misrouted = !unrouted && random.Chance(MisroutedShare);
        if (misrouted)
        {
            firstTeam = WrongTeamFor(random, draft.Service);
        }

        var firstResponseDelay = FirstResponseMinutes(random, draft) * (misrouted ? 1.5 : 1.0);
        var plannedFirstResponse = Later(urgent ? created.AddMinutes(firstResponseDelay) : SupportHours.AddStaffedMinutes(created, firstResponseDelay), created);
        var responded = plannedFirstResponse < end;

        var events = new List<TicketEvent>();
        void Add(DateTime at, string kind, string actor, string? detail) => events.Add(new TicketEvent(id, at, kind, actor, detail));

        // Who takes it first.
        string? firstAssignee = null;
        if (firstTeam is { } ft)
        {
            var leaveUnassigned = random.Chance(responded ? 0.03 : 0.7);
            if (!leaveUnassigned)
            {
                firstAssignee = ChooseEngineer(random, ft, created, random.Chance(RotationShare));
            }
        }
        else if (responded && random.Chance(0.5))
        {
            firstAssignee = random.Pick(_everyone).Name;
        }

        // Routing to the rotation engineer happens on creation and is not logged; anyone else taking the
        // ticket (or being handed it by the rotation engineer) shows up as an "assigned" event.
        string? assignedOnCreation = null;
        var rotationEngineer = firstTeam is { } team ? RotationEngineer(team, created) : null;
        if (firstAssignee is not null && firstAssignee == rotationEngineer)
        {
            assignedOnCreation = firstAssignee;
        }
        else if (firstAssignee is not null)
        {
            var assignAt = Later(urgent ? created.AddMinutes(random.Between(1, 10)) : SupportHours.AddStaffedMinutes(created, random.LogNormal(15, 1)), created);
            if (responded && assignAt >= plannedFirstResponse)
            {
                assignAt = created + ((plannedFirstResponse - created) / 2);
            }

            Add(assignAt, TicketEvent.Assigned, random.Chance(0.5) || rotationEngineer is null ? firstAssignee : rotationEngineer, firstAssignee);
        }

        if (!responded)
        {
            if (end - created > TimeSpan.FromDays(1) && random.Chance(0.3))
            {
                Add(created + ((end - created) * random.Between(0.3, 0.95)), TicketEvent.Comment, TicketEvent.CustomerActor, "Any update?");
            }

            return Finish(random, draft, id, duplicateOf, text, assignedOnCreation, firstTeam, events, unrouted, bounced: false, misrouted, reopened: false);
        }

        // A slow first answer makes customers chase.
        if (plannedFirstResponse - created > TimeSpan.FromHours(8) && random.Chance(0.25))
        {
            Add(created + ((plannedFirstResponse - created) * random.Between(0.3, 0.9)), TicketEvent.Comment, TicketEvent.CustomerActor, CommentWriter.CustomerReply(random, draft));
        }

        var responder = firstAssignee is not null && random.Chance(0.88)
            ? firstAssignee
            : firstTeam is { } teamIndex ? OtherEngineer(random, teamIndex, firstAssignee, plannedFirstResponse) : random.Pick(_everyone).Name;

        var bounced = misrouted && random.Chance(BounceShare);
        var finalTeam = firstTeam;
        var owner = firstAssignee ?? responder;
        var last = plannedFirstResponse;
        if (bounced)
        {
            Add(plannedFirstResponse, TicketEvent.Comment, responder, CommentWriter.WrongTeam(teams.Teams[rightTeam!.Value].Name));
            var bounceAt = plannedFirstResponse.AddMinutes(random.Between(1, 30));
            Add(bounceAt, TicketEvent.TeamChanged, responder, $"{teams.Teams[firstTeam!.Value].Name}>{teams.Teams[rightTeam.Value].Name}");
            finalTeam = rightTeam;
            owner = ChooseEngineer(random, rightTeam.Value, bounceAt, random.Chance(RotationShare));
            var reassignAt = SupportHours.AddStaffedMinutes(bounceAt, random.LogNormal(30, 1));
            Add(reassignAt, TicketEvent.Assigned, owner == RotationEngineer(rightTeam.Value, bounceAt) ? TicketEvent.SystemActor : owner, owner);
            var answerAt = SupportHours.AddStaffedMinutes(reassignAt, random.LogNormal(60, 1));
            Add(answerAt, TicketEvent.Comment, owner, CommentWriter.FirstResponse(random, draft));
            last = answerAt;
        }
        else
        {
            Add(plannedFirstResponse, TicketEvent.Comment, responder, CommentWriter.FirstResponse(random, draft));
        }

        var (resolveAt, fix, mergedAsDuplicate) = PlanResolution(random, draft, plannedFirstResponse, duplicateOf);
        resolveAt = Later(resolveAt, last.AddMinutes(5));
        var horizon = resolveAt < end ? resolveAt : end;
        AddConversation(random, draft, finalTeam, owner, last, horizon, Add);

        if (resolveAt >= end)
        {
            if (random.Chance(0.3))
            {
                // Waiting on the customer: the last word is ours, followed by "pending".
                var askAt = Between(random, events.Max(e => e.At), end);
                Add(askAt, TicketEvent.Comment, owner, "Could you confirm whether this still happens?");
                Add(askAt.AddMinutes(random.Between(0.5, 5)), TicketEvent.StatusChanged, owner, "pending");
            }

            return Finish(random, draft, id, duplicateOf, text, assignedOnCreation, finalTeam, events, unrouted, bounced, misrouted && !bounced, reopened: false);
        }

        // The closing comment comes shortly before "solved", but never before anything already said.
        var latest = events.Max(e => e.At);
        if (mergedAsDuplicate)
        {
            Add(Later(resolveAt.AddMinutes(-random.Between(1, 10)), latest.AddSeconds(1)), TicketEvent.Comment, owner, CommentWriter.Duplicate(duplicateOf!));
        }
        else if (random.Chance(0.25))
        {
            Add(Later(resolveAt.AddMinutes(-random.Between(1, 30)), latest.AddSeconds(1)), TicketEvent.Comment, owner, CommentWriter.Resolution(random, draft, fix));
        }

        Add(resolveAt, TicketEvent.StatusChanged, owner, "solved");
        var reopened = false;
        if (random.Chance(0.035))
        {
            var reopenAt = resolveAt.AddHours(random.LogNormal(20, 1));
            if (reopenAt < end)
            {
                reopened = true;
                Add(reopenAt, TicketEvent.Comment, TicketEvent.CustomerActor, CommentWriter.Reopen(random));
                Add(reopenAt.AddSeconds(1), TicketEvent.Reopened, TicketEvent.CustomerActor, null);
                var again = SupportHours.AddStaffedMinutes(reopenAt, random.LogNormal(24 * 60, 1.2));
                if (again < end)
                {
                    Add(Later(again.AddMinutes(-random.Between(1, 30)), reopenAt.AddSeconds(2)), TicketEvent.Comment, owner, CommentWriter.Resolution(random, draft, fix));
                    Add(again, TicketEvent.StatusChanged, owner, "solved");
                }
            }
        }

        return Finish(random, draft, id, duplicateOf, text, assignedOnCreation, finalTeam, events, unrouted, bounced, misrouted && !bounced, reopened);
    }

    private TicketOutcome Finish(
        Random random,
        TicketDraft draft,
        string id,
        string? duplicateOf,
        TicketText text,
        string? assignedOnCreation,
        int? team,
        List<TicketEvent> events,
        bool unrouted,
        bool bounced,
        bool misrouted,
        bool reopened)
    {
        var ordered = StrictlyOrdered(events, period.EndUtc);

        // The row is read off the history, so the two files can never disagree.
        var status = TicketStatus.New;
        DateTime? firstResponse = null;
        DateTime? resolved = null;
        var assignee = assignedOnCreation;
        foreach (var e in ordered)
        {
            switch (e.Kind)
            {
                case TicketEvent.Comment when e.Actor != TicketEvent.CustomerActor:
                    firstResponse ??= e.At;
                    if (status == TicketStatus.New)
                    {
                        status = TicketStatus.Open;
                    }

                    break;
                case TicketEvent.Comment when status == TicketStatus.Pending:
                    status = TicketStatus.Open;
                    break;
                case TicketEvent.Assigned:
                    assignee = e.Detail;
                    break;
                case TicketEvent.Reopened:
                    status = TicketStatus.Open;
                    resolved = null;
                    break;
                case TicketEvent.StatusChanged:
                    status = e.Detail == "pending" ? TicketStatus.Pending : TicketStatus.Solved;
                    if (status == TicketStatus.Solved)
                    {
                        resolved = e.At;
                    }

                    break;
            }
        }

        // The help desk closes solved tickets silently after four days; that is not an event.
        if (status == TicketStatus.Solved && resolved + AutoCloseAfter < period.EndUtc)
        {
            status = TicketStatus.Closed;
        }

        var row = new TicketRow(
            id,
            draft.CreatedAt,
            firstResponse,
            resolved,
            status,
            draft.Priority,
            draft.Type,
            draft.Channel,
            draft.Customer.Name,
            text.Subject,
            text.Body,
            unrouted ? null : draft.Service.Id,
            team is { } t ? teams.Teams[t].Name : null,
            assignee,
            Tags(random, draft, duplicateOf, unrouted),
            duplicateOf);
        return new TicketOutcome(row, ordered, unrouted, bounced, misrouted, reopened, text.HasSecret);
    }

    private static List<TicketEvent> StrictlyOrdered(List<TicketEvent> events, DateTime end)
    {
        var sorted = events
            .Select((e, order) => (Event: e with { At = SampleTime.TruncateToSecond(e.At) }, Order: order))
            .OrderBy(x => x.Event.At)
            .ThenBy(x => x.Order)
            .Select(x => x.Event)
            .ToList();
        var result = new List<TicketEvent>(sorted.Count);
        var previous = DateTime.MinValue;
        foreach (var e in sorted)
        {
            var at = e.At <= previous ? previous.AddSeconds(1) : e.At;
            if (at >= end)
            {
                break;
            }

            result.Add(e with { At = at });
            previous = at;
        }

        return result;
    }

    private void AddConversation(
        Random random, TicketDraft draft, int? team, string owner, DateTime from, DateTime until, Action<DateTime, string, string, string?> add)
    {
        if (until <= from.AddMinutes(10))
        {
            return;
        }

        if (random.Chance(0.25))
        {
            add(Between(random, from, until), TicketEvent.Comment, TicketEvent.CustomerActor, CommentWriter.CustomerReply(random, draft));
        }

        if (random.Chance(0.15))
        {
            add(Between(random, from, until), TicketEvent.Comment, owner, CommentWriter.FollowUp(random, draft));
        }

        if (team is { } t && random.Chance(0.1))
        {
            // A colleague outside the rotation jumps in: support work that leaks into the team.
            var at = Between(random, from, until);
            add(at, TicketEvent.Comment, OtherEngineer(random, t, owner, at), CommentWriter.FollowUp(random, draft));
        }
    }

    private (DateTime At, FamilyFix? Fix, bool MergedAsDuplicate) PlanResolution(Random random, TicketDraft draft, DateTime firstResponse, string? duplicateOf)
    {
        if (draft.Family is { } family)
        {
            if (duplicateOf is not null && random.Chance(0.45))
            {
                return (SupportHours.AddStaffedMinutes(firstResponse, random.LogNormal(90, 1)), null, true);
            }

            if (family.FixAfter(draft.CreatedAt) is { } fix)
            {
                var notified = fix.At.AddHours(random.LogNormal(6, 1));
                return (SupportHours.AddStaffedMinutes(notified > firstResponse ? notified : firstResponse.AddMinutes(10), random.Between(1, 40)), fix, false);
            }

            return (SupportHours.AddStaffedMinutes(firstResponse, random.LogNormal(150 * 60, 1.4)), null, false);
        }

        var (medianHours, sigma) = draft.Type switch
        {
            TicketType.Question => (6.0, 1.2),
            TicketType.Task => (20.0, 1.2),
            TicketType.Bug => (80.0, 1.3),
            TicketType.Incident => (4.0, 1.0),
            _ => (60.0, 1.8),
        };
        var factor = draft.Priority switch
        {
            TicketPriority.Urgent => 0.3,
            TicketPriority.High => 0.6,
            TicketPriority.Normal => 1.0,
            _ => 1.5,
        };
        var at = firstResponse.AddHours(random.LogNormal(medianHours * factor, sigma));
        return (draft.Priority == TicketPriority.Urgent ? at : SupportHours.AddStaffedMinutes(at, random.Between(1, 40)), null, false);
    }

    private static double FirstResponseMinutes(Random random, TicketDraft draft)
    {
        var minutes = draft.Priority switch
        {
            TicketPriority.Urgent => random.LogNormal(15, 0.7),
            TicketPriority.High => random.LogNormal(60, 0.9),
            TicketPriority.Normal => random.LogNormal(180, 1.0),
            _ => random.LogNormal(480, 1.0),
        };
        return draft.Customer.IsKeyAccount ? minutes * 0.7 : minutes;
    }

    private int TeamIndex(string teamName)
    {
        for (var i = 0; i < teams.Teams.Count; i++)
        {
            if (teams.Teams[i].Name == teamName)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Team '{teamName}' is not in teams.yaml.");
    }

    /// <summary>The team that owns a service customers confuse this one with, or failing that any other team.</summary>
    private int WrongTeamFor(Random random, ServiceProfile service)
    {
        var own = TeamIndex(service.Team);
        var confusedTeams = service.ConfusedWith
            .Select(id => ServiceCatalog.Services.First(s => s.Id == id).Team)
            .Where(team => team != service.Team)
            .ToList();
        if (confusedTeams.Count > 0 && random.Chance(0.8))
        {
            return TeamIndex(random.Pick(confusedTeams));
        }

        var other = random.Next(teams.Teams.Count - 1);
        return other >= own ? other + 1 : other;
    }

    private string RotationEngineer(int team, DateTime at) =>
        rotation.Engineer(Math.Clamp(period.WeekIndex(SampleTime.DateOf(at)), 0, period.Weeks - 1), team);

    /// <summary>The rotation engineer when asked for and present; otherwise a present colleague, weighted by hours.</summary>
    private string ChooseEngineer(Random random, int team, DateTime at, bool preferRotation)
    {
        var onRotation = RotationEngineer(team, at);
        var day = SampleTime.DateOf(at);
        if (preferRotation && !absences.IsAway(onRotation, day))
        {
            return onRotation;
        }

        return OtherEngineer(random, team, onRotation, at);
    }

    private string OtherEngineer(Random random, int team, string? except, DateTime at)
    {
        var day = SampleTime.DateOf(at);
        var candidates = teams.Teams[team].Members.Where(m => m.Name != except && !absences.IsAway(m.Name, day)).ToList();
        if (candidates.Count == 0)
        {
            return except ?? teams.Teams[team].Members[0].Name;
        }

        return candidates[random.PickIndex(candidates.Select(m => (double)m.WeeklyHours).ToList())].Name;
    }

    private static List<string> Tags(Random random, TicketDraft draft, string? duplicateOf, bool unrouted)
    {
        var tags = new List<string>(4);
        void Tag(string tag)
        {
            if (tags.Count < 4 && !tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }

        if (!unrouted)
        {
            var serviceTags = draft.Service.Tags;
            Tag(serviceTags[random.Next(serviceTags.Count)]);
            if (random.Chance(0.4))
            {
                Tag(serviceTags[random.Next(serviceTags.Count)]);
            }
        }

        if (random.Chance(0.5))
        {
            Tag(draft.Type switch
            {
                TicketType.Bug => "bug",
                TicketType.Incident => "outage",
                TicketType.Question => "how-to",
                TicketType.FeatureRequest => "feature-request",
                _ => "account-change",
            });
        }

        if (draft.Customer.IsKeyAccount && random.Chance(0.6))
        {
            Tag("vip");
        }

        if (duplicateOf is not null && random.Chance(0.4))
        {
            Tag("known-issue");
        }

        if ((draft.Family?.IntroducedBy.Count > 0 || draft.Source == TicketSource.ReleaseTail) && random.Chance(0.3))
        {
            Tag("regression");
        }

        return tags;
    }

    private static DateTime Later(DateTime value, DateTime notBefore) => value > notBefore ? value : notBefore;

    private static DateTime Between(Random random, DateTime from, DateTime until) =>
        until <= from ? from.AddSeconds(1) : from + ((until - from) * random.Between(0.05, 0.95));
}
