using System.Diagnostics;

using Reporting.Ingest.Company;
using Reporting.Testing;

namespace Reporting.Samples.Tests;

/// <summary>Generates the default sample once for all tests that inspect it.</summary>
public sealed class DefaultSampleFixture : IDisposable
{
    public DefaultSampleFixture()
    {
        Directory = TempDirectory.Create("default");
        var stopwatch = Stopwatch.StartNew();
        Summary = SampleCompanyGenerator.Generate(new SampleOptions(), Directory);
        Elapsed = stopwatch.Elapsed;
        var rows = CsvTestReader.Read(Path(SampleCompanyGenerator.TicketsFileName), Summary.MalformedRows);
        TicketHeader = rows[0];
        Tickets = rows.Skip(1).ToList();
        var events = CsvTestReader.Read(Path(SampleCompanyGenerator.EventsFileName));
        EventHeader = events[0];
        Events = events.Skip(1).ToList();
    }

    public string Directory { get; }

    public SampleSummary Summary { get; }

    public TimeSpan Elapsed { get; }

    public string[] TicketHeader { get; }

    public List<string[]> Tickets { get; }

    public string[] EventHeader { get; }

    public List<string[]> Events { get; }

    public string Path(string fileName) => System.IO.Path.Combine(Directory, fileName);

    public void Dispose() => TempDirectory.Delete(Directory);
}
