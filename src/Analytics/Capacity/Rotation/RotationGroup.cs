namespace Reporting.Analytics.Capacity.Rotation;

/// <summary>
/// A set of services with one rotation between the teams that own them (e.g. "storage" over hdfs and yarn): one engineer
/// from those teams per week instead of one per team. A team's engineers rotate in one group at most.
/// </summary>
public sealed record RotationGroup(string Name, IReadOnlyList<string> Services)
{
    /// <summary>Reads "NAME=SERVICE,SERVICE" as the CLI takes it.</summary>
    public static RotationGroup Parse(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var name = equals > 0 ? text[..equals].Trim() : "";
        var services = equals > 0
            ? text[(equals + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [];
        if (name.Length == 0 || services.Length == 0)
        {
            throw new Warehouse.UserInputException($"Rotation group '{text}' is not NAME=SERVICE,SERVICE (e.g. storage=hdfs,yarn).");
        }

        return new RotationGroup(name, services.Distinct(StringComparer.Ordinal).ToList());
    }
}
