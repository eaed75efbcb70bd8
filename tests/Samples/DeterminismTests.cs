using Reporting.Ingest.Company;
using Reporting.Testing;

namespace Reporting.Samples.Tests;

[Collection(DefaultSampleCollection.Name)]
public sealed class DeterminismTests(DefaultSampleFixture sample)
{
    private static readonly string[] FileNames =
    [
        SampleCompanyGenerator.TeamsFileName, SampleCompanyGenerator.RotationFileName, SampleCompanyGenerator.ReleasesFileName,
        SampleCompanyGenerator.AbsencesFileName, SampleCompanyGenerator.TicketsFileName, SampleCompanyGenerator.EventsFileName,
    ];

    [Fact]
    public void Same_default_options_give_byte_identical_files()
    {
        var again = TempDirectory.Create("again");
        try
        {
            var summary = SampleCompanyGenerator.Generate(new SampleOptions(), again);

            foreach (var name in FileNames)
            {
                Assert.True(
                    File.ReadAllBytes(sample.Path(name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again, name))),
                    $"{name} differs between two runs with the same options");
            }

            Assert.Equal(sample.Summary.MalformedRows, summary.MalformedRows);
            Assert.Equal(sample.Summary.Tickets, summary.Tickets);
        }
        finally
        {
            TempDirectory.Delete(again);
        }
    }

    [Fact]
    public void A_different_seed_gives_different_files()
    {
        var first = TempDirectory.Create("seed42");
        var second = TempDirectory.Create("seed43");
        try
        {
            SampleCompanyGenerator.Generate(new SampleOptions(Seed: 42, Weeks: 4), first);
            SampleCompanyGenerator.Generate(new SampleOptions(Seed: 43, Weeks: 4), second);

            foreach (var name in new[] { SampleCompanyGenerator.TicketsFileName, SampleCompanyGenerator.EventsFileName, SampleCompanyGenerator.TeamsFileName })
            {
                Assert.False(
                    File.ReadAllBytes(Path.Combine(first, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, name))),
                    $"{name} is the same for seeds 42 and 43");
            }
        }
        finally
        {
            TempDirectory.Delete(first);
            TempDirectory.Delete(second);
        }
    }

    [Fact]
    public void Files_are_utf8_without_bom_and_use_line_feeds_only()
    {
        foreach (var name in FileNames)
        {
            var bytes = File.ReadAllBytes(sample.Path(name));
            Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), $"{name} starts with a BOM");
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal((byte)'\n', bytes[^1]);
        }
    }
}
