using System.Globalization;
using System.Text;

namespace Reporting.Samples;

/// <summary>
/// Builds the stack trace a family's reports paste: realistic frames from the service's components,
/// fixed per family so every paste of the same problem shows the same frames and line numbers.
/// </summary>
internal static class StackTraceComposer
{
    private static readonly string[] DotNetExceptions =
    [
        "System.InvalidOperationException", "System.TimeoutException", "Acme.Common.UpstreamException",
        "System.ArgumentException", "Acme.Common.ConflictException",
    ];

    private static readonly string[] HostFrames =
    [
        "Acme.Common.Http.RequestPipeline.Execute(HttpContext context) in RequestPipeline.cs:line {0}",
        "Acme.Common.Jobs.JobHost.Run(JobContext context) in JobHost.cs:line {0}",
        "Acme.Common.Messaging.ConsumerLoop.Dispatch(Message message) in ConsumerLoop.cs:line {0}",
    ];

    public static string Compose(Random random, BugFamilyBlueprint blueprint, ServiceProfile service)
    {
        var components = service.Components.ToList();
        random.Shuffle(components);
        var frames = components.Take(Math.Min(components.Count, random.Next(2, 5))).ToList();
        var builder = new StringBuilder();
        switch (service.Trace)
        {
            case TraceStyle.Swift:
                builder.Append("Thread 0 Crashed:\n");
                for (var i = 0; i < frames.Count; i++)
                {
                    var address = 0x0000000102f40000L + random.Next(0x10000, 0xfffff);
                    builder.Append(CultureInfo.InvariantCulture, $"{i,-3} AcmeApp      0x{address:x16} {frames[i]} + {random.Next(40, 900)}\n");
                }

                builder.Append(CultureInfo.InvariantCulture, $"{frames.Count,-3} libswiftCore.dylib 0x00000001a3c1e2f0 swift_unexpectedError + 120\n");
                builder.Append(CultureInfo.InvariantCulture, $"{frames.Count + 1,-3} UIKitCore    0x00000001a5b7d0a4 -[UIApplication _run] + 888");
                break;
            case TraceStyle.Kotlin:
                builder.Append(ExceptionHeader(blueprint, "java.lang.IllegalStateException")).Append('\n');
                foreach (var frame in frames)
                {
                    var className = frame[..frame.LastIndexOf('.')];
                    var file = className[(className.LastIndexOf('.') + 1)..];
                    builder.Append(CultureInfo.InvariantCulture, $"    at {service.Namespace}.{frame}({file}.kt:{random.Next(20, 400)})\n");
                }

                builder.Append("    at android.os.Handler.dispatchMessage(Handler.java:106)\n");
                builder.Append("    at android.os.Looper.loop(Looper.java:223)");
                break;
            default:
                builder.Append(ExceptionHeader(blueprint, random.Pick(DotNetExceptions))).Append('\n');
                foreach (var frame in frames)
                {
                    var type = frame[..frame.IndexOf('.', StringComparison.Ordinal)];
                    builder.Append(CultureInfo.InvariantCulture, $"   at {service.Namespace}.{frame} in {type}.cs:line {random.Next(20, 480)}\n");
                }

                builder.Append("   at ").Append(string.Format(CultureInfo.InvariantCulture, random.Pick(HostFrames), random.Next(30, 140)));
                break;
        }

        return builder.ToString();
    }

    private static string ExceptionHeader(BugFamilyBlueprint blueprint, string fallbackType)
    {
        var message = blueprint.Message.Replace("{id}", "…", StringComparison.Ordinal)
            .Replace("{amount}", "…", StringComparison.Ordinal)
            .Replace("{n}", "…", StringComparison.Ordinal)
            .Replace("{date}", "…", StringComparison.Ordinal);
        return message.StartsWith("System.", StringComparison.Ordinal) ? message : $"{fallbackType}: [{blueprint.Code}] {message}";
    }
}
