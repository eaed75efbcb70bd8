namespace Reporting.Samples;

/// <summary>What engineers and customers write in ticket comments (short, sometimes empty).</summary>
internal static class CommentWriter
{
    private static readonly string[] FirstResponses =
    [
        "Thanks for reaching out, looking into it.", "Hi, thanks for the report. Could you send us the request ID and the time it happened?",
        "We can reproduce this and are working on a fix.", "Thanks! Checking with the team.", "Could you share a screenshot?",
        "Hi {name}, which browser and version are you using?", "Thanks, I've picked this up.", "",
    ];

    private static readonly string[] QuestionAnswers =
    [
        "You can do this under Settings > {area}. Docs: https://docs.example.com/{slug}", "I've changed the setting for you.",
        "This is possible via the API, see https://docs.example.com/{slug}/api", "Done, please check.",
        "Good question! Short answer: yes, but only for admins.",
    ];

    private static readonly string[] FollowUps =
    [
        "Any news on your side?", "We deployed a change, can you retry?", "Still investigating, will update you tomorrow.",
        "Could you try again in an incognito window?", "I've asked a colleague from {area} to have a look.",
        "Internal note: looks related to the last deploy, checking logs.", "",
    ];

    private static readonly string[] Resolutions =
    [
        "This should be fixed now, please check.", "Closing this as solved, feel free to reply if it happens again.",
        "Workaround shared, closing.", "Done.", "",
    ];

    private static readonly string[] CustomerReplies =
    [
        "Thanks!", "Still happening for us.", "Here is the request id: req_{hex}", "Works now, thank you 🙏", "Any update?",
        "Danke, jetzt klappt es.", "Screenshot attached.", "It happened again at 14:05, same error.", "Thanks,\n{name}",
        "Gracias, ya funciona.", "Merci, c'est réglé.", "",
    ];

    private static readonly string[] Reopens =
        ["It's broken again.", "This is not fixed, same error today.", "Reopening - still happening for some users.", "Happens again since this morning."];

    public static string FirstResponse(Random random, TicketDraft draft) => Fill(random, random.Pick(
        draft.Type is TicketType.Question or TicketType.Task ? QuestionAnswers.Concat(FirstResponses).ToArray() : FirstResponses), draft);

    public static string FollowUp(Random random, TicketDraft draft) => Fill(random, random.Pick(FollowUps), draft);

    public static string CustomerReply(Random random, TicketDraft draft) => Fill(random, random.Pick(CustomerReplies), draft);

    public static string Reopen(Random random) => random.Pick(Reopens);

    public static string Resolution(Random random, TicketDraft draft, FamilyFix? fix) =>
        fix?.Release is { } release && random.Chance(0.7)
            ? $"Fixed in {release.Service.Id} {release.Version}, please verify."
            : Fill(random, random.Pick(Resolutions), draft);

    public static string Duplicate(string parentId) => $"Duplicate of {parentId}, merging. We'll update you there.";

    public static string WrongTeam(string rightTeam) => $"Not ours - moving to {rightTeam}.";

    private static string Fill(Random random, string template, TicketDraft draft) => template
        .Replace("{name}", draft.Contact.FirstName, StringComparison.Ordinal)
        .Replace("{area}", draft.Service.Area, StringComparison.Ordinal)
        .Replace("{slug}", draft.Service.Id, StringComparison.Ordinal)
        .Replace("{hex}", SecretSamples.HexId(random, 12), StringComparison.Ordinal);
}
