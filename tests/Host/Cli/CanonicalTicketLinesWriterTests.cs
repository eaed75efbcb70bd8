using Reporting.Analytics.Owners;
using Reporting.Host.Cli;
using Reporting.Ingest;
using Reporting.Testing;

namespace Reporting.Host.Tests.Cli;

/// <summary>Variant files give back the examples they were written from, fields as filed included.</summary>
public sealed class CanonicalTicketLinesWriterTests : IDisposable
{
    private readonly string _directory = TempDirectory.Create("canonical-lines");

    public void Dispose() => TempDirectory.Delete(_directory);

    [Fact]
    public async Task Written_tickets_ingest_back_with_their_owner_and_their_fields_as_filed()
    {
        var at = new DateTime(2026, 5, 25, 9, 30, 0, DateTimeKind.Utc);
        OwnerTrainingExample[] examples =
        [
            new("S-1", at, "Invoice twice", "The invoice came twice", "Portal", "email", "urgent", "bug", ["billing", "known-issue"], "invoicing")
            {
                Filed = new FiledFields("normal", "question", ["billing", "payments"]),
            },
            new("S-2", at.AddHours(1), "Login broken", "Cannot sign in", "Portal", "web", "high", "incident", ["vip"], "auth-service"),
        ];
        var path = Path.Combine(_directory, "tickets.jsonl");

        await CanonicalTicketLinesWriter.WriteAsync(path, examples, CancellationToken.None);
        await using var warehouse = await TempWarehouse.CreateAsync();
        await new FileIngestor(warehouse.Connection, TestClock.Create()).IngestAsync(path, "variant");
        var read = await OwnerExamples.LoadAsync(warehouse.Connection, resolvedOnly: false);

        Assert.Equal(["S-1", "S-2"], read.Select(e => e.Id));
        Assert.Equal(("urgent", "bug", "billing,known-issue", "invoicing"), (read[0].Priority, read[0].Type, string.Join(',', read[0].Tags), read[0].Owner));
        Assert.Equal(("normal", "question", "billing,payments"), (read[0].Filed!.Priority, read[0].Filed!.Type, string.Join(',', read[0].Filed!.Tags)));
        // The file records field history, so a ticket without changes was filed as exported.
        Assert.Equal(("high", "incident", "vip"), (read[1].Filed!.Priority, read[1].Filed!.Type, string.Join(',', read[1].Filed!.Tags)));
    }
}
