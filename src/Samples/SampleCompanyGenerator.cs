using Reporting.Ingest.Company;

namespace Reporting.Samples;

/// <summary>
/// Generates a realistic, fully deterministic support history of a fictional SaaS company: teams.yaml,
/// rotation.csv, releases.csv, absences.csv, tickets.csv (with a few deliberately malformed rows) and events.csv.
/// The same options always produce byte-identical files; only <see cref="Random"/> seeded from
/// <see cref="SampleOptions.Seed"/> is used, and nothing depends on the clock, culture or hash order.
/// </summary>
public static class SampleCompanyGenerator
{
    public const string TeamsFileName = "teams.yaml";
    public const string RotationFileName = "rotation.csv";
    public const string ReleasesFileName = "releases.csv";
    public const string AbsencesFileName = "absences.csv";
    public const string TicketsFileName = "tickets.csv";
    public const string EventsFileName = "events.csv";

    /// <summary>Number of the first ticket id (SUP-100001).</summary>
    public const int FirstTicketNumber = 100_001;

    private const int RoutingSeedSalt = 0x5A17_0E2D;
    private const int TriageSeedSalt = 0x7A1A_6E01;

    /// <summary>Writes the sample into <paramref name="outputDirectory"/> (created if missing; files overwritten).</summary>
    public static SampleSummary Generate(SampleOptions options, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        options.Validate();
        Directory.CreateDirectory(outputDirectory);

        // One child stream per stage: tuning one stage leaves the others' output unchanged.
        var master = new Random(options.Seed);
        var teamsRandom = master.Fork();
        var absenceRandom = master.Fork();
        var rotationRandom = master.Fork();
        var releaseRandom = master.Fork();
        var customerRandom = master.Fork();
        var familyRandom = master.Fork();
        var planRandom = master.Fork();
        var duplicateRandom = master.Fork();
        var textRandom = master.Fork();
        var lifecycleRandom = master.Fork();
        var malformedRandom = master.Fork();

        // What makes routing hard (generic wording, asides about other services, shared tags, owners that move)
        // draws from its own stream, seeded apart from the master, so every figure drawn before it was added
        // (counts, times, teams, assignees, efforts) is unchanged.
        var routingRandom = new Random(options.Seed ^ RoutingSeedSalt);
        var plans = new Dictionary<string, string>(StringComparer.Ordinal);

        // Field changes after filing (tags added, priority raised) likewise draw from their own stream.
        var triageRandom = new Random(options.Seed ^ TriageSeedSalt);

        var period = SamplePeriod.From(options);
        var teams = TeamRosterBuilder.Build(teamsRandom);
        var absences = AbsencePlanner.Plan(absenceRandom, teams, period);
        var calendar = new AbsenceCalendar(absences);
        var rotation = RotationSchedule.Plan(rotationRandom, teams, period, calendar);
        var releases = ReleasePlanner.Plan(releaseRandom, period);
        var customers = CustomerBuilder.Build(customerRandom);
        var families = FamilyPlanner.Plan(familyRandom, period, releases);
        var drafts = TicketPlanner.Plan(planRandom, period, customers, releases, families);

        var ids = drafts.Select((_, i) => CsvTokens.TicketId(FirstTicketNumber + i)).ToArray();
        var duplicateOf = DuplicateLinks.Assign(duplicateRandom, drafts, ids);
        var lifecycle = new TicketLifecycle(period, teams, rotation, calendar);
        var outcomes = new TicketOutcome[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            var wording = WordingPlanner.Plan(routingRandom, drafts[i]);
            var text = TicketTextComposer.Compose(textRandom, drafts[i], wording);
            var outcome = lifecycle.Simulate(lifecycleRandom, drafts[i], ids[i], duplicateOf[i], text);
            var row = outcome.Row with
            {
                Tags = SharedTags.Rewrite(routingRandom, drafts[i], wording, outcome.Row.Tags, plans),
                Service = outcome.Row.Service is null ? null : OwnerMoves.Recorded(routingRandom, period, drafts[i].Service, drafts[i].Type, drafts[i].CreatedAt),
            };
            outcomes[i] = outcome with { Row = row, Events = TriageEdits.Add(triageRandom, row, outcome.Events, period.EndUtc) };
        }

        var malformedSlots = ChooseMalformedSlots(malformedRandom, drafts);

        TeamsFile.Write(teams, Path.Combine(outputDirectory, TeamsFileName));
        SampleFileWriter.WriteCsv(Path.Combine(outputDirectory, RotationFileName), "week,team,engineer", csv =>
        {
            for (var w = 0; w < period.Weeks; w++)
            {
                for (var t = 0; t < teams.Teams.Count; t++)
                {
                    csv.WriteRecord([period.WeekLabel(w), teams.Teams[t].Name, rotation.Engineer(w, t)]);
                }
            }
        });
        SampleFileWriter.WriteCsv(Path.Combine(outputDirectory, ReleasesFileName), "service,version,release_date", csv =>
        {
            foreach (var release in releases)
            {
                csv.WriteRecord([release.Service.Id, release.Version, SampleTime.Date(release.Date)]);
            }
        });
        SampleFileWriter.WriteCsv(Path.Combine(outputDirectory, AbsencesFileName), "engineer,start_date,end_date", csv =>
        {
            foreach (var absence in absences)
            {
                csv.WriteRecord([absence.Engineer, SampleTime.Date(absence.Start), SampleTime.Date(absence.End)]);
            }
        });

        var malformedRows = new List<MalformedRow>();
        var valid = new List<TicketOutcome>(outcomes.Length);
        var validDrafts = new List<TicketDraft>(outcomes.Length);
        var eventCount = 0;
        SampleFileWriter.WriteCsvPair(
            Path.Combine(outputDirectory, TicketsFileName), TicketRow.Header,
            Path.Combine(outputDirectory, EventsFileName), TicketEvent.Header,
            (tickets, events) =>
            {
                for (var i = 0; i < outcomes.Length; i++)
                {
                    var fields = outcomes[i].Row.ToFields();
                    if (malformedSlots.TryGetValue(i, out var variant))
                    {
                        var (text, kind, description) = MalformedRowWriter.Write(variant, fields);
                        var line = tickets.LinesWritten + 1;
                        tickets.WriteRaw(text);
                        var rowId = kind == MalformedRowKind.EmptyId ? string.Empty : ids[i];
                        malformedRows.Add(new MalformedRow(line, tickets.LinesWritten - line + 1, kind, rowId, description));
                        continue; // a rejected ticket's events would point at nothing, so they are left out
                    }

                    tickets.WriteRecord(fields);
                    valid.Add(outcomes[i]);
                    validDrafts.Add(drafts[i]);
                    foreach (var e in outcomes[i].Events)
                    {
                        events.WriteRecord(e.ToFields());
                        eventCount++;
                    }
                }
            });

        var files = new[] { TeamsFileName, RotationFileName, ReleasesFileName, AbsencesFileName, TicketsFileName, EventsFileName }
            .Select(name => new GeneratedFile(name, new FileInfo(Path.Combine(outputDirectory, name)).Length))
            .ToList();
        var regressionReleases = families.SelectMany(f => f.IntroducedBy).Distinct().Count();
        return new SampleSummary
        {
            Seed = options.Seed,
            FirstDay = period.FirstDay,
            LastDay = period.LastDay,
            FirstWeek = period.WeekLabel(0),
            LastWeek = period.WeekLabel(period.Weeks - 1),
            Teams = teams.Teams.Count,
            Services = teams.Teams.Sum(t => t.Services.Count),
            ProductManagers = teams.Teams.Select(t => t.ProductManager.Email).Distinct(StringComparer.Ordinal).Count(),
            Engineers = teams.Teams.Sum(t => t.Members.Count),
            Customers = customers.Count,
            RotationRows = period.Weeks * teams.Teams.Count,
            Releases = releases.Count,
            RegressionReleases = regressionReleases,
            Absences = absences.Count,
            Tickets = valid.Count,
            Events = eventCount,
            BugFamilies = validDrafts.Where(d => d.Family is not null).Select(d => d.Family!.Number).Distinct().Count(),
            FamilyTickets = validDrafts.Count(d => d.Source == TicketSource.Family),
            DuplicateTickets = valid.Count(o => o.Row.DuplicateOf is not null),
            ReleaseTailTickets = validDrafts.Count(d => d.Source == TicketSource.ReleaseTail),
            UnroutedTickets = valid.Count(o => o.Unrouted),
            BouncedTickets = valid.Count(o => o.Bounced),
            MisroutedTickets = valid.Count(o => o.Misrouted),
            UnassignedTickets = valid.Count(o => o.Row.Assignee is null),
            UnresolvedTickets = valid.Count(o => o.Row.ResolvedAt is null),
            ReopenedTickets = valid.Count(o => o.Reopened),
            TicketsWithSecrets = valid.Count(o => o.HasSecret),
            MalformedRows = malformedRows,
            Files = files,
        };
    }

    /// <summary>
    /// Spreads the malformed variants evenly over the file. Only ordinary tickets are broken: no duplicate_of
    /// ever points at them, so every valid reference stays resolvable.
    /// </summary>
    private static Dictionary<int, int> ChooseMalformedSlots(Random random, IReadOnlyList<TicketDraft> drafts)
    {
        var slots = new Dictionary<int, int>();
        var variants = MalformedRowWriter.VariantCount;
        if (drafts.Count < variants * 4)
        {
            return slots;
        }

        var segment = drafts.Count / variants;
        for (var v = 0; v < variants; v++)
        {
            var start = (v * segment) + random.Next(segment);
            for (var i = start; i < Math.Min(drafts.Count, (v + 1) * segment); i++)
            {
                if (drafts[i].Source != TicketSource.Family)
                {
                    slots.Add(i, v);
                    break;
                }
            }
        }

        return slots;
    }
}
