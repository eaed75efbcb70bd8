using System.Globalization;
using System.Text;

namespace Reporting.Samples;

/// <summary>A few lines of application log as a customer pastes them, now and then with a secret in it.</summary>
internal static class LogPasteComposer
{
    private static readonly string[] Levels = ["INFO ", "WARN ", "ERROR", "DEBUG"];

    public static string Compose(Random random, DateTime around, ServiceProfile service, string? errorMessage, bool withSecret)
    {
        var builder = new StringBuilder();
        var at = around.AddMinutes(-random.Between(2, 90));
        var thread = $"worker-{random.Next(1, 9)}";
        var component = service.Components[random.Next(service.Components.Count)];
        var logger = $"{service.Namespace}.{component[..component.IndexOf('.', StringComparison.Ordinal)]}";
        var requestId = "req_" + SecretSamples.HexId(random, 12);
        // Now and then someone pastes a whole screen of log.
        var lines = random.Chance(0.08) ? random.Next(30, 80) : random.Next(3, 9);
        var secretLine = withSecret ? random.Next(lines) : -1;
        for (var i = 0; i < lines; i++)
        {
            at = at.AddMilliseconds(random.Next(1, 4000));
            if (i == secretLine)
            {
                builder.Append(SecretSamples.AnyLine(random)).Append('\n');
                continue;
            }

            var isError = i == lines - 1 && errorMessage is not null;
            var level = isError ? "ERROR" : random.Pick(Levels);
            var text = isError ? errorMessage! : random.Next(4) switch
            {
                0 => $"request {requestId} started (tenant={random.Next(1000, 9999)})",
                1 => $"retrying in {random.Next(1, 10) * 1000} ms",
                2 => $"HTTP {random.Pick(["GET", "POST", "PUT"])} /api/v2/{service.Id}/{random.Next(100, 99999)} -> {random.Pick(["200", "500", "502", "409", "504"])} in {random.Next(12, 30000)} ms",
                _ => $"cache miss for key {service.Id}:{SecretSamples.HexId(random, 8)}",
            };
            builder.Append(at.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture))
                .Append(' ').Append(level).Append(" [").Append(thread).Append("] ").Append(logger).Append(" - ").Append(text).Append('\n');
        }

        return builder.ToString().TrimEnd('\n');
    }
}
