using Reporting.Ingest;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Samples.Tests;

/// <summary>The sample company committed in data/samples: reproducible from its seed, and ingested with nothing lost.</summary>
public class CommittedSampleTests
{
    private static string Committed => Path.Combine(Fixture.RepositoryRoot(), "data", "samples");

    [Fact]
    public void The_generator_reproduces_the_committed_sample_byte_for_byte()
    {
        var output = Directory.CreateTempSubdirectory("reporting-samples-").FullName;
        try
        {
            var summary = SampleCompanyGenerator.Generate(new SampleOptions(Seed: 42, Weeks: 26), output);

            foreach (var file in summary.Files)
            {
                Assert.True(
                    File.ReadAllBytes(Path.Combine(Committed, file.Name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, file.Name))),
                    $"{file.Name} differs from the committed data/samples/{file.Name}: regenerate with `reporting samples generate --seed 42 --weeks 26 --out data/samples`");
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task The_committed_sample_ingests_with_every_malformed_row_rejected_and_counted()
    {
        await using var w = await TempWarehouse.CreateAsync();

        var summary = await new FileIngestor(w.Connection, TestClock.Create()).IngestAsync(Committed, "samples");

        var tickets = summary.Inputs.Single(i => i.Input == "tickets.csv").Counts;
        Assert.True(tickets.Ingested >= 20_000, $"only {tickets.Ingested} tickets");
        Assert.Equal(tickets.Read, tickets.Ingested + tickets.Rejected);
        Assert.Equal(tickets.Ingested, await w.Connection.ScalarAsync<long>("SELECT count(*) FROM tickets"));
        // Every deliberately malformed row starts a rejected line (some break into several physical lines).
        var rejectedLines = (await w.Connection.ListAsync<long>("SELECT line FROM rejects WHERE input = 'tickets.csv'")).ToHashSet();
        var regenerated = TempDirectory.Create("committed-sample");
        try
        {
            var malformed = SampleCompanyGenerator.Generate(new SampleOptions(), regenerated).MalformedRows
                .Where(r => r.Kind != MalformedRowKind.UnknownEnumValue);
            Assert.All(malformed, row => Assert.Contains((long)row.Line, rejectedLines));
        }
        finally
        {
            TempDirectory.Delete(regenerated);
        }
        Assert.Equal(0, summary.Inputs.Single(i => i.Input == "events.csv").Counts.Rejected);
    }
}
