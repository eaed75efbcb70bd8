using System.CommandLine;
using System.Globalization;
using Reporting.Analytics.Owners;
using Reporting.Analytics.Owners.Variants;
using Reporting.Warehouse;

namespace Reporting.Host.Cli;

/// <summary>
/// <c>reporting owners variants</c>: writes the unlike-Jira evaluation variants (<see cref="OwnerDataVariants"/>) of an
/// export, one canonical ticket JSON Lines file each (<c>DIR/NAME.jsonl</c>) for <c>owners evaluate --input</c> and
/// <c>owners baseline --input</c>: as-exported, subject-only, few-dominant-owners, many-rare-owners,
/// no-structured-fields, one-line-text-only from the input's tickets with an owner (at most --max-tickets, a seeded choice), and
/// language-mix from the sample company's folder (--samples, else data/samples when found; left out otherwise): its
/// tickets with their triagers' field changes, so that the row is the sample as committed.
/// </summary>
public static class OwnersVariantsCommand
{
    public const int DefaultMaxTickets = 30_000;
    private const int MaxTicketsLimit = 1_000_000;
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static Command Build(TimeProvider time)
    {
        var input = CliOptions.Input("make the variants of");
        var db = CliOptions.Database(required: false);
        var samples = new Option<string?>("--samples") { Description = "The sample company folder whose tickets (and field changes) become language-mix (default: data/samples when found)" };
        var output = new Option<string>("--out") { Description = "The folder to write NAME.jsonl into", Required = true };
        var maxTickets = new Option<int>("--max-tickets")
        {
            Description = "At most this many tickets per variant (a seeded choice)", DefaultValueFactory = _ => DefaultMaxTickets,
        };
        maxTickets.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<int>();
            if (value is < 10 or > MaxTicketsLimit)
            {
                r.AddError(string.Create(C, $"--max-tickets must be between 10 and {MaxTicketsLimit:N0}, not {value}"));
            }
        });
        var json = CliOptions.Json();
        var command = new Command("variants", "Write evaluation variants of an export that stress what non-Jira data shows, one JSON Lines file each")
        {
            input, db, samples, output, maxTickets, json,
        };
        command.SetAction((result, cancellationToken) => CliAction.RunAsync(async () =>
        {
            var progress = new ConsoleProgress();
            var max = result.GetValue(maxTickets);
            var samplesFolder = SamplesFolder(result.GetValue(samples));
            var directory = Directory.CreateDirectory(result.GetValue(output)!).FullName;
            var written = new List<WrittenVariant>();
            IReadOnlyList<OwnerTrainingExample> examples;
            await using (var data = await EvaluationInput.OpenAsync(SharedData.Require(result.GetValue(input)), result.GetValue(db), time, progress, cancellationToken))
            {
                examples = await OwnerExamples.LoadAsync(data.Connection, resolvedOnly: false, cancellationToken: cancellationToken);
            }

            var bounded = OwnerDataVariants.Bounded(examples, max);
            progress.Step(string.Create(C, $"{examples.Count:N0} tickets with an owner, {bounded.Count:N0} kept (--max-tickets {max:N0})"));
            foreach (var (variant, make) in OwnerDataVariants.FromInput)
            {
                written.Add(await WriteAsync(directory, variant, make(bounded), cancellationToken));
            }

            if (samplesFolder is null)
            {
                progress.Step("language-mix left out: no sample company found (give --samples DIR)");
            }
            else
            {
                await using var data = await EvaluationInput.OpenAsync(samplesFolder, null, time, progress, cancellationToken);
                var sampleTickets = await OwnerExamples.LoadAsync(data.Connection, resolvedOnly: false, cancellationToken: cancellationToken);
                written.Add(await WriteAsync(directory, OwnerDataVariants.LanguageMixVariant, OwnerDataVariants.Bounded(sampleTickets, max), cancellationToken));
            }

            if (result.GetValue(json))
            {
                JsonOutput.Write(written);
                return 0;
            }

            foreach (var w in written)
            {
                Console.WriteLine(string.Create(C, $"{w.Variant,-22} {w.Tickets,7:N0} tickets {w.Owners,5} owners  {w.File}"));
            }

            return 0;
        }));
        return command;
    }

    /// <summary>The sample company's folder: the one given (which must hold a tickets.csv), else data/samples when found, else none.</summary>
    private static string? SamplesFolder(string? explicitFolder)
    {
        if (explicitFolder is not null)
        {
            return File.Exists(Path.Combine(explicitFolder, "tickets.csv"))
                ? explicitFolder
                : throw new UserInputException($"No tickets.csv in the sample folder {Path.GetFullPath(explicitFolder)}");
        }

        try
        {
            return SamplesLocator.Find(null);
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    private static async Task<WrittenVariant> WriteAsync(string directory, OwnerDataVariant variant, IReadOnlyList<OwnerTrainingExample> tickets, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, variant.Name + ".jsonl");
        await CanonicalTicketLinesWriter.WriteAsync(path, tickets, cancellationToken);
        return new WrittenVariant(variant.Name, variant.Description, path, tickets.Count, tickets.Select(t => t.Owner).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>One file written, as --json prints it.</summary>
    public sealed record WrittenVariant(string Variant, string Description, string File, int Tickets, int Owners);
}
