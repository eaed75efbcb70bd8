namespace Reporting.Samples;

/// <summary>
/// Decides every ticket that will be filed: ordinary traffic shaped by <see cref="TrafficShape"/>, a decaying
/// bug tail after each release, and the reports of each recurring problem. Returns them in creation order with
/// strictly increasing creation times, so ids can be handed out in that order.
/// </summary>
internal static class TicketPlanner
{
    /// <summary>Ordinary tickets on an average weekday before seasonality; tuned for about 22,000 tickets in 26 weeks.</summary>
    public const double BackgroundPerDay = 119;

    public static IReadOnlyList<TicketDraft> Plan(
        Random random,
        SamplePeriod period,
        IReadOnlyList<Customer> customers,
        IReadOnlyList<Release> releases,
        IReadOnlyList<BugFamily> families)
    {
        var services = ServiceCatalog.Services;
        var indexes = Enumerable.Range(0, customers.Count).ToList();
        var anyCustomer = new WeightedPicker<int>(indexes, i => customers[i].Weight);
        var serviceOfCustomer = customers
            .Select(c => new WeightedPicker<int>(Enumerable.Range(0, services.Count).ToList(), s => services[s].Weight * c.ServiceAffinity[s]))
            .ToList();
        var customerOfService = Enumerable.Range(0, services.Count)
            .Select(s => new WeightedPicker<int>(indexes, i => customers[i].Weight * customers[i].ServiceAffinity[s]))
            .ToList();

        var drafts = new List<TicketDraft>(30_000);
        AddBackground(random, period, customers, anyCustomer, serviceOfCustomer, drafts);
        AddReleaseTails(random, period, customers, customerOfService, releases, drafts);
        AddFamilyReports(random, period, customers, customerOfService, families, drafts);
        return InCreationOrder(drafts, period);
    }

    private static void AddBackground(
        Random random,
        SamplePeriod period,
        IReadOnlyList<Customer> customers,
        WeightedPicker<int> anyCustomer,
        List<WeightedPicker<int>> serviceOfCustomer,
        List<TicketDraft> drafts)
    {
        for (var d = 0; d < period.Days; d++)
        {
            var count = random.Poisson(BackgroundPerDay * TrafficShape.DayFactor(period, d));
            for (var i = 0; i < count; i++)
            {
                var customerIndex = anyCustomer.Pick(random);
                var customer = customers[customerIndex];
                var service = ServiceCatalog.Services[serviceOfCustomer[customerIndex].Pick(random)];
                var created = TrafficShape.LocalBusinessInstant(random, customer.Region, period.Day(d));
                if (!period.Contains(created))
                {
                    continue; // the local day starts before or ends after the period in UTC
                }

                // Weights in TicketType order: bug, incident, question, feature_request, task.
                var type = (TicketType)random.PickIndex([0.24, 0.04, 0.38, 0.14, 0.20]);
                drafts.Add(new TicketDraft(
                    drafts.Count, created, customer, random.Pick(customer.Contacts), service, TicketSource.Background,
                    type, ChoosePriority(random, type, customer), ChooseChannel(random, type)));
            }
        }
    }

    private static void AddReleaseTails(
        Random random,
        SamplePeriod period,
        IReadOnlyList<Customer> customers,
        List<WeightedPicker<int>> customerOfService,
        IReadOnlyList<Release> releases,
        List<TicketDraft> drafts)
    {
        foreach (var release in releases)
        {
            var serviceIndex = IndexOf(release.Service);
            var count = random.Poisson(random.LogNormal(3.5, 0.6));
            var tailDays = random.Between(7, 21);
            for (var i = 0; i < count; i++)
            {
                var day = release.Date;
                for (var attempt = 0; attempt < 10; attempt++)
                {
                    var delay = Math.Min(random.Exponential(tailDays / 3), tailDays);
                    day = release.Date.AddDays((int)delay);
                    if (random.NextDouble() < TrafficShape.DayOfWeekFactor(day) / 1.25)
                    {
                        break;
                    }
                }

                var customer = customers[customerOfService[serviceIndex].Pick(random)];
                var created = TrafficShape.LocalBusinessInstant(random, customer.Region, day);
                if (created <= release.At)
                {
                    created = SampleTime.TruncateToSecond(release.At.AddMinutes(random.Between(20, 240)));
                }

                if (!period.Contains(created))
                {
                    continue;
                }

                var type = (TicketType)random.PickIndex([0.75, 0.05, 0.2, 0, 0]);
                drafts.Add(new TicketDraft(
                    drafts.Count, created, customer, random.Pick(customer.Contacts), release.Service, TicketSource.ReleaseTail,
                    type, ChoosePriority(random, type, customer), ChooseChannel(random, type), Release: release));
            }
        }
    }

    private static void AddFamilyReports(
        Random random,
        SamplePeriod period,
        IReadOnlyList<Customer> customers,
        List<WeightedPicker<int>> customerOfService,
        IReadOnlyList<BugFamily> families,
        List<TicketDraft> drafts)
    {
        foreach (var family in families)
        {
            var picker = customerOfService[IndexOf(family.Service)];
            var reporters = new HashSet<int>();
            foreach (var report in family.Reports)
            {
                // Different customers report the same problem; a repeat reporter is rare.
                var customerIndex = picker.Pick(random);
                for (var attempt = 0; attempt < 6 && reporters.Contains(customerIndex); attempt++)
                {
                    customerIndex = picker.Pick(random);
                }

                reporters.Add(customerIndex);
                var customer = customers[customerIndex];
                var created = report.ExactUtc ?? TrafficShape.LocalBusinessInstant(random, customer.Region, period.Day(report.DayIndex));
                var cause = family.IntroducedBy.FirstOrDefault();
                if (cause is not null && created <= cause.At && report.ExactUtc is null && period.DayIndex(cause.Date) >= report.DayIndex - 1)
                {
                    created = SampleTime.TruncateToSecond(cause.At.AddMinutes(random.Between(30, 300)));
                }

                if (!period.Contains(created))
                {
                    continue;
                }

                var severe = family.Blueprint.Severe;
                var type = family.Pattern == FamilyPattern.Outage
                    ? (random.Chance(0.7) ? TicketType.Incident : TicketType.Bug)
                    : (severe && random.Chance(0.35) ? TicketType.Incident : TicketType.Bug);
                var priority = severe
                    ? (TicketPriority)random.PickIndex([0.3, 0.5, 0.2, 0])
                    : ChoosePriority(random, TicketType.Bug, customer);
                drafts.Add(new TicketDraft(
                    drafts.Count, created, customer, random.Pick(customer.Contacts), family.Service, TicketSource.Family,
                    type, priority, ChooseChannel(random, type), Family: family));
            }
        }
    }

    private static TicketPriority ChoosePriority(Random random, TicketType type, Customer customer)
    {
        var priority = (TicketPriority)(type switch
        {
            TicketType.Incident => random.PickIndex([0.35, 0.45, 0.2, 0]),
            TicketType.Bug => random.PickIndex([0.03, 0.22, 0.55, 0.2]),
            TicketType.Question => random.PickIndex([0, 0.05, 0.6, 0.35]),
            TicketType.FeatureRequest => random.PickIndex([0, 0, 0.35, 0.65]),
            _ => random.PickIndex([0, 0.08, 0.62, 0.3]),
        });

        // Key accounts escalate more readily.
        return customer.IsKeyAccount && priority > TicketPriority.Urgent && random.Chance(0.2) ? priority - 1 : priority;
    }

    private static TicketChannel ChooseChannel(Random random, TicketType type) => (TicketChannel)(type == TicketType.Incident
        ? random.PickIndex([0.35, 0.25, 0.15, 0.2, 0.05])
        : random.PickIndex([0.45, 0.3, 0.14, 0.05, 0.06]));

    private static int IndexOf(ServiceProfile service)
    {
        var services = ServiceCatalog.Services;
        for (var i = 0; i < services.Count; i++)
        {
            if (ReferenceEquals(services[i], service))
            {
                return i;
            }
        }

        throw new ArgumentException($"Unknown service {service.Id}.", nameof(service));
    }

    private static List<TicketDraft> InCreationOrder(List<TicketDraft> drafts, SamplePeriod period)
    {
        drafts.Sort((a, b) => a.CreatedAt != b.CreatedAt ? a.CreatedAt.CompareTo(b.CreatedAt) : a.PlanOrder.CompareTo(b.PlanOrder));
        var ordered = new List<TicketDraft>(drafts.Count);
        var previous = DateTime.MinValue;
        foreach (var draft in drafts)
        {
            // Strictly increasing creation times make "older ticket" and "lower id" the same thing.
            var created = SampleTime.TruncateToSecond(draft.CreatedAt);
            if (created <= previous)
            {
                created = previous.AddSeconds(1);
            }

            if (created >= period.EndUtc)
            {
                break;
            }

            ordered.Add(draft with { CreatedAt = created });
            previous = created;
        }

        return ordered;
    }
}
