using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Tests.Owners;

/// <summary>
/// Small generated help-desk tickets: each owner has its own words (and product), all share some
/// filler words; dates increase so that time splits are meaningful.
/// </summary>
internal static class SyntheticTickets
{
    public static readonly IReadOnlyDictionary<string, (string Product, string[] Words)> Owners = new Dictionary<string, (string, string[])>
    {
        ["billing"] = ("Portal", ["invoice", "refund", "charged", "payment", "creditCard", "subscription", "receipt", "vat"]),
        ["network"] = ("Infrastructure", ["vpn", "latency", "packetLoss", "router", "dns", "firewall", "timeout", "bandwidth"]),
        ["storage"] = ("Infrastructure", ["disk", "quota", "backup", "volume", "snapshot", "nfsMount", "raid", "replication"]),
        ["identity"] = ("Portal", ["login", "password", "mfa", "sso", "token", "lockout", "ldap", "oauth"]),
    };

    private static readonly string[] Filler = ["customer", "reports", "problem", "since", "morning", "urgent", "issue", "again", "team", "help"];

    public static OwnerTrainingExample Example(string id, DateTime createdAt, string subject, string body, string owner, string? product = null) =>
        new(id, createdAt, subject, body, product, "email", "normal", "incident", [], owner);

    public static List<OwnerTrainingExample> Create(int count, int seed)
    {
        var random = new Random(seed);
        var owners = Owners.Keys.ToList();
        var start = new DateTime(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var result = new List<OwnerTrainingExample>(count);
        for (var i = 0; i < count; i++)
        {
            var owner = owners[random.Next(owners.Count)];
            var (product, words) = Owners[owner];
            string Pick(string[] from) => from[random.Next(from.Length)];
            // One ticket in ten borrows a word from another owner, so the task is not trivially separable.
            var noise = random.Next(10) == 0 ? Pick(Owners[owners[random.Next(owners.Count)]].Words) : Pick(Filler);
            var subject = $"{Pick(words)} {Pick(Filler)} {Pick(words)}";
            var body = $"The {Pick(Filler)} {Pick(words)} {noise} {Pick(Filler)}.\n{{code}}\nat com.example.{Pick(words)}.Service.handle(Service.java:{random.Next(999)})\n{{code}}\n{Pick(words)} {Pick(Filler)}";
            result.Add(new OwnerTrainingExample(
                $"SYN-{i}", start.AddHours(i), subject, body, product, "email", random.Next(3) == 0 ? "high" : "normal", "incident",
                random.Next(4) == 0 ? ["vip"] : [], owner));
        }
        return result;
    }

    public static OwnerTicket Ticket(string subject, string body, string? product = null) =>
        new("probe", DateTime.UtcNow, subject, body, product, "email", "normal", "incident", []);
}
