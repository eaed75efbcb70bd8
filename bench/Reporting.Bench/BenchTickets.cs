namespace Reporting.Bench;

/// <summary>A deterministic stream of plausible tickets: a few words of subject, a paragraph or two of body, two comments.</summary>
public static class BenchTickets
{
    public static readonly string[] People = ["alice", "bob", "carol", "dave", "erin", "frank", "gina", "hugo", "ines", "jon"];
    public static readonly string[] Teams = ["payments", "identity", "platform", "mobile"];
    public static readonly string[] Services = ["billing-api", "checkout", "login", "sso", "storage", "search", "ios-app", "android-app"];

    private static readonly string[] Words =
    [
        "export", "fails", "timeout", "invoice", "login", "loop", "error", "after", "upgrade", "slow", "page", "report", "customer",
        "cannot", "save", "settings", "payment", "declined", "sync", "missing", "data", "mobile", "crash", "on", "startup", "when",
        "uploading", "large", "files", "the", "dashboard", "shows", "wrong", "totals", "since", "yesterday", "release",
    ];

    private static readonly DateTime Start = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static IEnumerable<BenchTicket> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        for (var i = 1; i <= count; i++)
        {
            var created = Start.AddMinutes(i * 3 + random.Next(3));
            var updated = created.AddMinutes(30 + random.Next(600));
            var resolved = random.Next(3) == 0 ? (DateTime?)null : updated;
            var service = Services[random.Next(Services.Length)];
            var reporter = People[random.Next(People.Length)];
            var assignee = People[random.Next(People.Length)];
            yield return new BenchTicket(
                i, created, updated, resolved,
                Sentence(random, 4 + random.Next(5)),
                Sentence(random, 30 + random.Next(50)) + "\n\n" + Sentence(random, 10 + random.Next(30)),
                resolved is null ? "open" : "solved",
                ((string[])["low", "normal", "high", "urgent"])[random.Next(4)],
                reporter, assignee, Teams[Array.IndexOf(Services, service) / 2], service,
                ["product-" + (char)('a' + random.Next(4)), random.Next(2) == 0 ? "vip" : "self-serve"],
                [
                    new BenchComment(i * 10 + 1, created.AddMinutes(5), reporter, Sentence(random, 12 + random.Next(20))),
                    new BenchComment(i * 10 + 2, created.AddMinutes(25), assignee, Sentence(random, 12 + random.Next(20))),
                ]);
        }
    }

    private static string Sentence(Random random, int words)
    {
        var text = new System.Text.StringBuilder(words * 7);
        for (var w = 0; w < words; w++)
        {
            text.Append(w == 0 ? "" : " ").Append(Words[random.Next(Words.Length)]);
        }

        return text.Append('.').ToString();
    }
}
