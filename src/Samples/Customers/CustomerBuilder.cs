using System.Text;

namespace Reporting.Samples;

/// <summary>
/// Makes the customer base: about 250 companies over the regions, Zipf-like activity (a dozen key accounts file
/// a large share), 1-4 contacts each and a per-customer taste for some services over others.
/// </summary>
internal static class CustomerBuilder
{
    public const int CustomerCount = 250;
    private const int KeyAccounts = 12;
    private static readonly string[] Domains = ["example.com", "example.org"];

    public static IReadOnlyList<Customer> Build(Random random)
    {
        var regions = CustomerRegions.All;
        var totalWeight = regions.Sum(r => r.Weight);
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        var usedEmails = new HashSet<string>(StringComparer.Ordinal);
        var drafts = new List<(string Name, CustomerRegion Region)>();
        foreach (var region in regions)
        {
            var count = (int)Math.Round(CustomerCount * region.Weight / totalWeight);
            foreach (var fixedName in region.FixedNames.Take(count))
            {
                usedNames.Add(fixedName);
                drafts.Add((fixedName, region));
            }

            for (var i = Math.Min(count, region.FixedNames.Count); i < count; i++)
            {
                drafts.Add((NewCompanyName(random, region, usedNames), region));
            }
        }

        // Activity rank is random, so key accounts come from any region.
        random.Shuffle(drafts);
        var customers = new List<Customer>(drafts.Count);
        for (var rank = 0; rank < drafts.Count; rank++)
        {
            var (name, region) = drafts[rank];
            var weight = 1.0 / Math.Pow(rank + 3.0, 0.75);
            var contactCount = rank < KeyAccounts ? random.Next(3, 6) : random.Next(1, 4);
            var emailStyle = random.Next(4);
            var domain = random.Pick(Domains);
            var contacts = new List<CustomerContact>(contactCount);
            for (var c = 0; c < contactCount; c++)
            {
                contacts.Add(NewContact(random, region, emailStyle, domain, usedEmails));
            }

            var footer = random.Chance(0.35) ? EmailFooters.For(random, region, name) : string.Empty;
            customers.Add(new Customer(name, region, contacts, weight, rank < KeyAccounts, NewAffinity(random), footer));
        }

        return customers;
    }

    private static string NewCompanyName(Random random, CustomerRegion region, HashSet<string> used)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = random.Pick(region.NameStarts) + random.Pick(region.NameCores) + random.Pick(region.LegalForms);
            if (attempt > 50)
            {
                // The word lists are nearly exhausted; a branch number keeps names unique.
                name = $"{name} ({attempt})";
            }

            if (used.Add(name))
            {
                return name;
            }
        }
    }

    private static CustomerContact NewContact(Random random, CustomerRegion region, int emailStyle, string domain, HashSet<string> usedEmails)
    {
        var first = random.Pick(region.FirstNames);
        var last = random.Pick(region.LastNames);
        var f = AsciiTransliteration.Slug(first);
        var l = AsciiTransliteration.Slug(last);
        var local = emailStyle switch
        {
            0 => $"{f}.{l}",
            1 => $"{f[0]}.{l}",
            2 => $"{f}{l[0]}",
            _ => $"{l}.{f}",
        };
        var email = $"{local}@{domain}";
        for (var n = 2; !usedEmails.Add(email); n++)
        {
            email = $"{local}{n}@{domain}";
        }

        return new CustomerContact($"{first} {last}", first, email, FillDigits(random, region.PhonePattern));
    }

    private static string FillDigits(Random random, string pattern)
    {
        var builder = new StringBuilder(pattern.Length);
        foreach (var c in pattern)
        {
            builder.Append(c == '#' ? (char)('0' + random.Next(10)) : c);
        }

        return builder.ToString();
    }

    private static double[] NewAffinity(Random random)
    {
        var services = ServiceCatalog.Services;
        var affinity = new double[services.Count];
        var usesMobile = random.Chance(0.6);
        var usesIntegrations = random.Chance(0.5);
        for (var i = 0; i < services.Count; i++)
        {
            var taste = random.LogNormal(1.0, 0.6);
            var team = services[i].Team;
            if ((team == "Mobile" && !usesMobile) || (team == "Integrations" && !usesIntegrations))
            {
                taste *= 0.1;
            }

            affinity[i] = taste;
        }

        return affinity;
    }
}
