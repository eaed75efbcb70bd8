using System.Globalization;

namespace Reporting.Host.Application.Notifications;

/// <summary>Chat notifications (<c>Notifications</c> section): when they are looked for, when Monday's hand-over goes out, and the channels.</summary>
public sealed record NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Cron expression of the recurring job that looks for notifications and sends them.</summary>
    public string Schedule { get; init; } = "*/15 * * * *";

    /// <summary>The IANA time zone Monday and <see cref="HandoverAt"/> are read in.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>The time on Monday from which the week's rotation hand-over is sent (HH:mm).</summary>
    public string HandoverAt { get; init; } = "09:00";

    public Dictionary<string, ChatChannelOptions> Channels { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public TimeOnly HandoverTime => TimeOnly.ParseExact(HandoverAt, "HH:mm", CultureInfo.InvariantCulture);

    public static NotificationOptions From(IConfiguration configuration)
    {
        NotificationOptions options;
        try
        {
            options = configuration.GetSection(Section).Get<NotificationOptions>() ?? new NotificationOptions();
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidDataException($"{Section}: {ex.Message}", ex);
        }

        var problems = options.Validate().ToList();
        return problems.Count == 0 ? options : throw new InvalidDataException("Invalid notification configuration: " + string.Join("; ", problems));
    }

    public IEnumerable<string> Validate()
    {
        if (Schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is not (5 or 6))
        {
            yield return $"{Section}:Schedule '{Schedule}' is not a cron expression (5 or 6 fields)";
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return $"{Section}:TimeZone '{TimeZone}' is not a known time zone";
        }

        if (!TimeOnly.TryParseExact(HandoverAt, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            yield return $"{Section}:HandoverAt '{HandoverAt}' is not a time such as 09:00";
        }

        foreach (var (name, channel) in Channels)
        {
            var at = $"{Section}:Channels:{name}";
            if (!ChatChannelOptions.Kinds.Contains(channel.Kind))
            {
                yield return $"{at}:Kind '{channel.Kind}' is not one of {string.Join(", ", ChatChannelOptions.Kinds)}";
            }

            if (!Uri.TryCreate(channel.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                yield return $"{at}:Url is not an http(s) URL";
            }

            foreach (var unknown in channel.Events.Where(e => !ChatNoticeKinds.All.Contains(e)))
            {
                yield return $"{at}:Events '{unknown}' is not one of {string.Join(", ", ChatNoticeKinds.All)}";
            }

            if (channel.Retry.MaxAttempts is < 1 or > 10)
            {
                yield return $"{at}:Retry:MaxAttempts must be 1–10";
            }

            if (channel.Retry.RequestTimeout <= TimeSpan.Zero)
            {
                yield return $"{at}:Retry:RequestTimeout must be positive";
            }
        }
    }
}
