using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reporting.Analytics.Owners;

/// <summary>The JSON settings of saved owner-model metadata and registry metrics files.</summary>
public static class OwnerModelJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}
