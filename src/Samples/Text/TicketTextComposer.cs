using System.Globalization;
using System.Text;

namespace Reporting.Samples;

/// <summary>
/// Writes a ticket's subject and body the way different people would: languages, channels (chat is terse,
/// phone tickets are agent notes, API tickets are machine-made), typos, pasted errors, stack traces and logs,
/// signatures with e-mail and phone, and sometimes the words of a service customers confuse with the right one.
/// A <see cref="WordingPlan"/> then swaps in generic words several services share, or adds a sentence about a
/// neighbouring service; it changes words only, never which draws are made, so the rest of the text stays as it was.
/// </summary>
internal static class TicketTextComposer
{
    private const double ConfusionShare = 0.25;

    public static TicketText Compose(Random random, TicketDraft draft, WordingPlan plan)
    {
        var specific = BuildSlots(random, draft);
        // Monitoring systems name the component they watch; people are the ones who speak generically.
        var machine = draft.Channel == TicketChannel.Api && draft.Type is TicketType.Bug or TicketType.Incident;
        var slots = machine ? specific : plan.Apply(specific);
        var region = draft.Customer.Region;
        var language = draft.Channel is TicketChannel.Phone or TicketChannel.Api || !random.Chance(region.ForeignLanguageShare)
            ? "en"
            : region.ForeignLanguage;
        var foreign = ForeignPhraseBook.For(language);
        var text = draft.Channel switch
        {
            TicketChannel.Phone => PhoneNote(random, draft, slots),
            TicketChannel.Api when draft.Type is TicketType.Bug or TicketType.Incident => MachineReport(random, draft, slots),
            TicketChannel.Chat when foreign is null => ChatMessage(random, draft, slots),
            _ when foreign is not null => ForeignMessage(random, draft, slots, foreign),
            _ => EnglishMessage(random, draft, slots),
        };

        if (draft.Channel is TicketChannel.Email or TicketChannel.Web && random.Chance(0.05))
        {
            // Some people put everything in the subject and write next to nothing.
            var body = random.Chance(0.15) ? string.Empty : random.Pick(EnglishPhraseBook.ShortBodies);
            text = text with { Body = body, HasSecret = false };
        }

        return text;
    }

    private static TextSlots BuildSlots(Random random, TicketDraft draft)
    {
        // Customers sometimes describe a problem with the words of a neighbouring service.
        var wordsFrom = draft.Service;
        if (draft.Service.ConfusedWith.Count > 0 && random.Chance(ConfusionShare))
        {
            var confusedId = random.Pick(draft.Service.ConfusedWith);
            wordsFrom = ServiceCatalog.Services.First(s => s.Id == confusedId);
        }

        var family = draft.Family?.Blueprint;
        var symptom = family is not null ? random.Pick(family.Symptoms) : random.Pick(draft.Service.Symptoms);
        var version = draft.Release?.Version ?? draft.Family?.IntroducedBy.FirstOrDefault()?.Version ?? string.Empty;
        return new TextSlots
        {
            Symptom = Typos.Reword(random, symptom),
            Action = family is not null ? random.Pick(family.Actions) : random.Pick(draft.Service.Tasks),
            Code = family?.Code ?? string.Empty,
            Message = family is not null ? FillMessage(random, family.Message, draft.CreatedAt) : string.Empty,
            Area = random.Chance(0.8) ? wordsFrom.Area : draft.Service.Area,
            Noun = random.Pick(wordsFrom.Nouns),
            Task = random.Pick(draft.Service.Tasks),
            Wish = random.Pick(EnglishPhraseBook.Wishes),
            Version = version,
            Customer = draft.Customer.Name,
            Number = random.Next(3, 250).ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string FillMessage(Random random, string message, DateTime created) => message
        .Replace("{id}", SecretSamples.HexId(random, 10), StringComparison.Ordinal)
        .Replace("{n}", random.Next(1, 64).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{date}", SampleTime.Date(SampleTime.DateOf(created).AddDays(-random.Next(0, 20))), StringComparison.Ordinal)
        .Replace("{amount}", Money(random), StringComparison.Ordinal);

    private static string Money(Random random) =>
        (random.Next(500, 500_000) / 100.0).ToString("#,##0.00", CultureInfo.InvariantCulture) + " " + random.Pick(["EUR", "USD", "GBP", "CHF"]);

    private static TicketText EnglishMessage(Random random, TicketDraft draft, TextSlots slots)
    {
        var (subjects, sentences) = Phrases(draft);
        var subject = TemplateFiller.Fill(random.Pick(subjects), slots);
        if (random.Chance(0.08))
        {
            subject = Typos.Apply(random, subject, 1);
        }

        subject = random.Next(100) switch
        {
            < 7 => subject.ToLowerInvariant(),
            < 9 => subject.ToUpperInvariant(),
            _ => subject,
        };

        var hasSecret = false;
        var paragraphs = new List<string>();
        if (random.Chance(0.7))
        {
            paragraphs.Add(random.Pick(EnglishPhraseBook.Greetings));
        }

        var main = TemplateFiller.Fill(random.Pick(sentences), slots with { Code = string.Empty, Message = string.Empty });
        if (random.Chance(0.15))
        {
            main = Typos.Apply(random, main, random.Next(1, 4));
        }

        if (random.Chance(0.04))
        {
            main += " " + random.Pick(EnglishPhraseBook.Emoji);
        }

        if (random.Chance(0.7))
        {
            main += " " + TemplateFiller.Fill(random.Pick(EnglishPhraseBook.Contexts), slots);
        }

        if (slots.Aside.Length > 0)
        {
            main += " " + slots.Aside;
        }

        paragraphs.Add(main);
        var isProblem = draft.Type is TicketType.Bug or TicketType.Incident;
        if (draft.Family is { } family)
        {
            if (random.Chance(0.65))
            {
                paragraphs.Add(TemplateFiller.Fill(random.Pick(EnglishPhraseBook.ErrorLines), slots));
            }

            if (random.Chance(0.25))
            {
                var fenced = random.Chance(0.3);
                paragraphs.Add((fenced ? "```\n" : "Stack trace:\n") + family.TraceText + (fenced ? "\n```" : string.Empty));
            }
        }
        else if (isProblem && random.Chance(0.25))
        {
            paragraphs.Add(random.Pick(EnglishPhraseBook.GenericErrors));
        }

        if (isProblem && random.Chance(0.12))
        {
            var withSecret = random.Chance(0.25);
            hasSecret |= withSecret;
            var message = draft.Family is not null ? slots.Message : null;
            paragraphs.Add("Log:\n" + LogPasteComposer.Compose(random, draft.CreatedAt, draft.Service, message, withSecret));
        }
        else if (draft.Service.Id is "api-gateway" or "webhooks" or "rate-limiter" && random.Chance(0.05))
        {
            hasSecret = true;
            paragraphs.Add($"Our key is {SecretSamples.LiveApiKey(random)} if that helps.");
        }

        if (isProblem && random.Chance(0.1))
        {
            paragraphs.Add($"Steps to reproduce:\n1. Log in as admin\n2. {TemplateFiller.Capitalize(slots.Action)}\n3. See error");
        }

        if (random.Chance(0.4))
        {
            paragraphs.Add(TemplateFiller.Fill(random.Pick(EnglishPhraseBook.Impacts), slots));
        }

        if (random.Chance(0.05))
        {
            paragraphs.Add($"You can reach me at {draft.Contact.Email} or {draft.Contact.Phone}.");
        }

        if (isProblem && random.Chance(0.35))
        {
            paragraphs.Add(TemplateFiller.Fill(random.Pick(EnglishPhraseBook.ExpectedActual), slots));
        }
        else if (!isProblem && random.Chance(0.5))
        {
            paragraphs.Add(TemplateFiller.Fill(random.Pick(EnglishPhraseBook.Backgrounds), slots));
        }

        if (random.Chance(0.7))
        {
            paragraphs.Add(Signature(random, draft, random.Pick(EnglishPhraseBook.Closings)));
        }

        AddMailClutter(random, draft, paragraphs, subject, slots.Area);
        return new TicketText(subject, JoinParagraphs(random, paragraphs), hasSecret);
    }

    private static (IReadOnlyList<string> Subjects, IReadOnlyList<string> Sentences) Phrases(TicketDraft draft) => draft switch
    {
        { Family: not null } => (EnglishPhraseBook.FamilySubjects, EnglishPhraseBook.FamilySentences),
        { Source: TicketSource.ReleaseTail, Type: TicketType.Bug or TicketType.Incident } => (EnglishPhraseBook.TailSubjects, EnglishPhraseBook.TailSentences),
        { Type: TicketType.Incident } => (EnglishPhraseBook.IncidentSubjects, EnglishPhraseBook.IncidentSentences),
        { Type: TicketType.Bug } => (EnglishPhraseBook.BugSubjects, EnglishPhraseBook.BugSentences),
        { Type: TicketType.FeatureRequest } => (EnglishPhraseBook.FeatureSubjects, EnglishPhraseBook.FeatureSentences),
        { Type: TicketType.Task } => (EnglishPhraseBook.TaskSubjects, EnglishPhraseBook.TaskSentences),
        _ => (EnglishPhraseBook.QuestionSubjects, EnglishPhraseBook.QuestionSentences),
    };

    private static TicketText ForeignMessage(Random random, TicketDraft draft, TextSlots slots, ForeignPhrases phrases)
    {
        var (subjects, sentences) = draft.Type switch
        {
            TicketType.Incident => (phrases.IncidentSubjects, phrases.IncidentSentences),
            TicketType.Question => (phrases.QuestionSubjects, phrases.QuestionSentences),
            TicketType.FeatureRequest => (phrases.FeatureSubjects, phrases.FeatureSentences),
            TicketType.Task => (phrases.TaskSubjects, phrases.TaskSentences),
            _ => (phrases.ProblemSubjects, phrases.ProblemSentences),
        };
        var subjectSlots = draft.Family is null ? slots with { Code = "500" } : slots;
        var lines = new List<string> { random.Pick(phrases.Greetings), TemplateFiller.Capitalize(TemplateFiller.Fill(random.Pick(sentences), slots)) };
        if (slots.Aside.Length > 0)
        {
            lines.Add(slots.Aside);
        }

        if (draft.Family is not null && random.Chance(0.75))
        {
            lines.Add(TemplateFiller.Fill(random.Pick(phrases.ErrorLines), slots));
        }

        if (draft.Family is not null && random.Chance(0.1))
        {
            lines.Add(draft.Family.TraceText);
        }

        if (random.Chance(0.04))
        {
            lines.Add(random.Pick(EnglishPhraseBook.Emoji));
        }

        lines.Add(Signature(random, draft, random.Pick(phrases.Closings)));
        AddMailClutter(random, draft, lines, null, slots.Area);
        return new TicketText(TemplateFiller.Fill(random.Pick(subjects), subjectSlots), JoinParagraphs(random, lines), false);
    }

    private static TicketText ChatMessage(Random random, TicketDraft draft, TextSlots slots)
    {
        var (subjects, sentences) = Phrases(draft);
        var subject = TemplateFiller.Fill(random.Pick(subjects), slots);
        var message = TemplateFiller.Fill(random.Pick(sentences), slots with { Code = string.Empty, Message = string.Empty }).ToLowerInvariant();
        if (random.Chance(0.3))
        {
            message = Typos.Apply(random, message, random.Next(1, 3));
        }

        var builder = new StringBuilder(random.Pick(["hi ", "hey, ", "hello - ", string.Empty])).Append(message);
        if (slots.Aside.Length > 0)
        {
            builder.Append(' ').Append(slots.Aside.ToLowerInvariant());
        }

        if (draft.Family is not null && random.Chance(0.4))
        {
            builder.Append(random.Chance(0.5) ? $"\nerror {slots.Code}" : $"\n{slots.Message}");
        }

        if (random.Chance(0.3))
        {
            builder.Append('\n').Append(random.Pick(["can someone look?", "pls", "thx", "is this known?", "any idea?", "🙏"]));
        }

        return new TicketText(subject, builder.ToString(), false);
    }

    private static TicketText PhoneNote(Random random, TicketDraft draft, TextSlots slots)
    {
        var (subjects, sentences) = Phrases(draft);
        var subject = "Phone: " + TemplateFiller.Fill(random.Pick(subjects), slots with { Message = slots.Code });
        var summary = TemplateFiller.Fill(random.Pick(sentences), slots with { Code = string.Empty, Message = string.Empty });
        if (slots.Aside.Length > 0)
        {
            summary += " " + slots.Aside;
        }

        var body = random.Chance(0.5)
            ? $"Customer called ({draft.Contact.Name}, {draft.Contact.Phone}). {summary} Asked for a call back."
            : $"Caller: {draft.Contact.Name} / {draft.Contact.Phone}\nIssue: {summary}\nNext step: {random.Pick(["call back today", "send docs link", "check logs and reply by email", "escalate to engineering"])}";
        if (draft.Family is not null && random.Chance(0.3))
        {
            body += $"\nThey read out the error: {slots.Code}";
        }

        return new TicketText(subject, body, false);
    }

    private static TicketText MachineReport(Random random, TicketDraft draft, TextSlots slots)
    {
        var subject = draft.Family is not null
            ? $"[automated] {slots.Code} {slots.Message}"
            : $"[automated] {draft.Service.Area} health check failed";
        var builder = new StringBuilder()
            .Append("Automated report submitted via API\n")
            .Append("source: ").Append(draft.Customer.Name).Append(" monitoring\n")
            .Append("component: ").Append(slots.Area).Append('\n')
            .Append("error: ").Append(draft.Family is not null ? $"{slots.Code} {slots.Message}" : random.Pick(EnglishPhraseBook.GenericErrors)).Append('\n')
            .Append("occurrences: ").Append(slots.Number).Append('\n')
            .Append("first_seen: ").Append(SampleTime.Instant(draft.CreatedAt.AddMinutes(-random.Next(5, 600))));
        var hasSecret = false;
        if (random.Chance(0.06))
        {
            hasSecret = true;
            builder.Append("\nrequest_headers: ").Append(SecretSamples.BearerHeader(random));
        }

        return new TicketText(subject, builder.ToString(), hasSecret);
    }

    /// <summary>What e-mail adds around a message: a quoted earlier mail and the company's legal footer.</summary>
    private static void AddMailClutter(Random random, TicketDraft draft, List<string> paragraphs, string? subject, string area)
    {
        if (draft.Channel != TicketChannel.Email)
        {
            return;
        }

        if (subject is not null && random.Chance(0.12))
        {
            var colleague = random.Pick(draft.Customer.Contacts);
            var sent = draft.CreatedAt.AddHours(-random.Between(1, 72));
            paragraphs.Add(
                "-----Original Message-----\n"
                + $"From: {colleague.Name} <{colleague.Email}>\n"
                + $"Sent: {sent.ToString("ddd, d MMM yyyy HH:mm", CultureInfo.InvariantCulture)}\n"
                + "To: support@example.com\n"
                + $"Subject: {subject}\n\n"
                + "> " + TemplateFiller.Capitalize(random.Pick(EnglishPhraseBook.Contexts).Replace("{n}", "20", StringComparison.Ordinal).Replace("{area}", area, StringComparison.Ordinal))
                + "\n> Can someone from IT raise this with the vendor?");
        }

        if (draft.Customer.EmailFooter.Length > 0)
        {
            paragraphs.Add(draft.Customer.EmailFooter);
        }
    }

    private static string Signature(Random random, TicketDraft draft, string closing)
    {
        var contact = draft.Contact;
        return random.Next(5) switch
        {
            0 => $"{closing}\n{contact.FirstName}",
            1 => $"{closing}\n{contact.Name}\n{draft.Customer.Name}",
            2 => $"{closing}\n{contact.Name}\n{contact.Email}",
            3 => $"{closing}\n{contact.Name}\n{draft.Customer.Name}\nTel. {contact.Phone}\n{contact.Email}",
            _ => $"{closing} {contact.FirstName}",
        };
    }

    private static string JoinParagraphs(Random random, List<string> paragraphs) => random.Next(10) switch
    {
        < 7 => string.Join("\n\n", paragraphs),
        < 9 => string.Join("\n", paragraphs),
        _ => string.Join(" ", paragraphs),
    };
}
