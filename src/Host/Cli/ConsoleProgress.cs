using System.Globalization;
using Reporting.Ingest;

namespace Reporting.Host.Cli;

/// <summary>
/// Progress lines on stderr (so stdout stays clean for --json), at most one a second per input,
/// plus the last one: enough to see long work move without flooding a CI log.
/// </summary>
public sealed class ConsoleProgress : IProgress<IngestProgress>, IProgress<string>
{
    private readonly Dictionary<string, TimeSpan> _lastReported = [];
    private readonly TextWriter _output;

    public ConsoleProgress(TextWriter? output = null) => _output = output ?? Console.Error;

    public void Report(IngestProgress value)
    {
        if (_lastReported.TryGetValue(value.Input, out var last) && value.Elapsed - last < TimeSpan.FromSeconds(1))
        {
            return;
        }

        _lastReported[value.Input] = value.Elapsed;
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {value.Input}: {value.Read:N0} records read, {value.Rejected:N0} rejected ({value.Elapsed.TotalSeconds:F1} s)"));
    }

    /// <summary>A message for a step that has no counts, such as training a model.</summary>
    public void Step(string message) => _output.WriteLine(message);

    void IProgress<string>.Report(string value) => Step(value);
}
