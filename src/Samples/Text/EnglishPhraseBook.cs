namespace Reporting.Samples;

/// <summary>English subject and body phrases, several ways of saying each thing.</summary>
internal static class EnglishPhraseBook
{
    public static readonly IReadOnlyList<string> Greetings =
        ["Hi,", "Hello,", "Hi team,", "Hello support,", "Good morning,", "Hey there,", "Dear support team,", "Hi all,"];

    public static readonly IReadOnlyList<string> FamilySubjects =
    [
        "{Symptom}", "{Symptom} ({code})", "Error {code} when {action}", "{code}: {message}", "URGENT: {symptom}",
        "{Area}: {symptom}", "{Area} broken", "Problem when {action}", "Getting \"{message}\"", "{Symptom} since the last update",
        "{Symptom}!!", "again: {symptom}", "{Area} - error {code}", "Re: {symptom}", "[{Area}] {symptom}", "{code}",
        "Fwd: {symptom}", "{Symptom} - please help", "Issue {action}",
    ];

    public static readonly IReadOnlyList<string> FamilySentences =
    [
        "{Symptom} when {action}.", "When {action}, {symptom}.", "We noticed that {symptom} ({area}).",
        "{Symptom}. This happens every time we try {action}.", "Since yesterday {symptom}. It happens mostly when {action}.",
        "Several colleagues report that {symptom}. Steps are simple: {action}.", "Not sure if this is known, but {symptom}.",
        "Same issue as before: {symptom}, again when {action}.", "Our team is blocked: {symptom} when {action}.",
    ];

    public static readonly IReadOnlyList<string> ErrorLines =
    [
        "Error: {message}", "The error says \"{message}\"", "Code {code}", "We get {code} - {message}",
        "Error message:\n{message}", "It shows: {message} ({code})", "error code {code}",
    ];

    public static readonly IReadOnlyList<string> QuestionSubjects =
    [
        "How to {task}?", "How do I {task}?", "Question about {noun}", "{Area} question", "Can we {task}?",
        "Is it possible to {task}?", "quick question re {noun}", "{Noun} - how does it work?", "Help with {noun}",
    ];

    public static readonly IReadOnlyList<string> QuestionSentences =
    [
        "How can we {task}? We looked in the docs but couldn't find it.",
        "We would like to {task}. What is the best way to do this?",
        "Is there a way to {task} without contacting support every time?",
        "Our admin left and nobody knows how to {task}. Can you walk us through it?",
        "Quick one: can we {task} via the API as well, or only in {area}?",
        "I'm new to {area}. Where do I {task}?",
    ];

    public static readonly IReadOnlyList<string> FeatureSubjects =
        ["Feature request: {wish} for {noun}", "Suggestion: {wish}", "Would be great: {wish} in {area}", "Missing feature in {area}", "Idea: {wish}"];

    public static readonly IReadOnlyList<string> FeatureSentences =
    [
        "It would be great if we could use {wish} for {noun}. Right now we do this manually every week.",
        "Our team keeps asking for {wish} in {area}. Is this on your roadmap?",
        "Other tools offer {wish}; we would love to see it for {noun} too.",
        "Please consider adding {wish} to {area}. We have {n} people who would use it daily.",
    ];

    public static readonly IReadOnlyList<string> Wishes =
    [
        "bulk editing", "an export to Excel", "API access", "a filter by date", "more granular permissions", "a dark mode",
        "keyboard shortcuts", "custom fields", "an audit log", "scheduled delivery", "webhooks", "a German translation",
    ];

    public static readonly IReadOnlyList<string> TaskSubjects =
        ["Please {task}", "Request: {task}", "Change request for our account", "Need help to {task}", "Can you {task}?"];

    public static readonly IReadOnlyList<string> TaskSentences =
    [
        "Could you please {task} for us? Account: {customer}.",
        "Please {task}. Our admin is on holiday and we need it today.",
        "We need you to {task}. Let me know if you need anything else from us.",
    ];

    public static readonly IReadOnlyList<string> BugSubjects =
        ["{Symptom}", "{Area}: {symptom}", "Issue with {noun}", "{Noun} not working", "Bug: {symptom}", "{Symptom}?", "Problem in {area}"];

    public static readonly IReadOnlyList<string> BugSentences =
    [
        "{Symptom}. We noticed it today when working with the {noun}.",
        "Since this morning {symptom}. Can you check?",
        "We have an issue: {symptom}. It happens for some users but not all.",
        "Not sure if this is a bug, but {symptom}.",
        "{Symptom} - tried another browser and clearing the cache, same result.",
    ];

    public static readonly IReadOnlyList<string> GenericErrors =
    [
        "Error 500", "\"Something went wrong. Please try again later.\"", "HTTP 503 Service Unavailable",
        "The page just says \"Oops!\"", "Error: request failed with status code 500",
    ];

    public static readonly IReadOnlyList<string> IncidentSubjects =
        ["{Area} down?", "Outage: {area} not reachable", "URGENT {area} not loading", "Is {area} down??", "{Area} unavailable"];

    public static readonly IReadOnlyList<string> IncidentSentences =
    [
        "{Area} is not loading for any of our users since about {n} minutes. Please check ASAP!",
        "We cannot access {area} at all. Your status page says everything is fine?",
        "Everything in {area} times out right now. This is blocking our whole team.",
    ];

    public static readonly IReadOnlyList<string> TailSubjects =
        ["{Symptom} since the update", "After the update: {symptom}", "{Area} broken after today's release", "Regression in {area}?", "{Area} changed?"];

    public static readonly IReadOnlyList<string> TailSentences =
    [
        "Since your update yesterday {symptom}. It worked fine last week.",
        "After the latest release {symptom}. Did something change in {area}?",
        "Something changed in {area} with the new version: {symptom}.",
        "We did not change anything on our side, but since the update {symptom}.",
    ];

    public static readonly IReadOnlyList<string> Impacts =
    [
        "This blocks our month-end closing.", "About {n} users are affected.", "Not urgent but annoying.",
        "Our CEO noticed it, so I would appreciate a quick answer.", "We have a workaround for now.",
        "This costs us a lot of time every day.", "Customers are complaining.", "Please treat this as high priority.",
    ];

    public static readonly IReadOnlyList<string> Contexts =
    [
        "We are on the Business plan with about {n} users.", "This is for our finance department.", "Happens in Chrome and Edge, not tested Firefox.",
        "We first saw it on Monday morning.", "I already tried logging out and in again.", "Our IT department checked the firewall, nothing changed there.",
        "It affects our production tenant, the sandbox looks fine.", "A colleague in another office sees the same thing.",
        "We did not change any settings recently.", "I am the admin for our account, so I have full permissions.",
        "It started after we invited {n} new users last week.", "We use {area} every day for our customer work, so this matters a lot.",
        "For context: we migrated from another tool in spring and most things work well.",
    ];

    public static readonly IReadOnlyList<string> Backgrounds =
    [
        "We are rolling out {area} to {n} more colleagues next month and want to set it up properly first.",
        "Our auditor asked about this, so we need an answer by Friday if possible.",
        "I checked the help center article about {noun} but it seems to describe an older version of the screen.",
        "We have several teams working with {noun}, and each of them does it differently right now, which causes confusion.",
        "This came up in our weekly operations meeting and I promised to ask you.",
        "Ideally we would automate this through the API, but a manual way is fine for now.",
        "Last time we asked, your colleague said this would be possible later this year.",
    ];

    public static readonly IReadOnlyList<string> ExpectedActual =
    [
        "Expected: it works like before.\nActual: {symptom}.",
        "What we expected: no error when {action}.\nWhat happened: {symptom}.",
        "Expected behaviour: {action} just works.\nObserved: {symptom}. We retried three times.",
        "It used to work until recently. Now {symptom}, and we have no idea why.",
    ];

    public static readonly IReadOnlyList<string> ShortBodies =
        ["pls help", "see subject", "still broken??", "?", "urgent!!", "Call me back please.", "as discussed on the phone", "same problem as last week", "help", "any news?"];

    public static readonly IReadOnlyList<string> Closings =
        ["Thanks,", "Thanks!", "Best regards,", "Kind regards,", "Cheers,", "Thank you,", "BR", "Regards,"];

    public static readonly IReadOnlyList<string> Emoji = ["🙏", "😡", "🔥", "👍", "😅", "🤞", "🚨", "😕"];
}
