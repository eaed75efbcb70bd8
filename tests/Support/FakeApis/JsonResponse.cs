using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Reporting.Testing.FakeApis;

/// <summary>Writes a JSON answer straight into the response pipe (stored items are spliced in raw, not re-serialized).</summary>
public static class JsonResponse
{
    public static async Task WriteAsync(HttpContext context, Action<Utf8JsonWriter> write, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        using (var writer = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            write(writer);
        }

        await context.Response.BodyWriter.FlushAsync();
    }

    public static void WriteItems(Utf8JsonWriter writer, string property, IEnumerable<string> items)
    {
        writer.WriteStartArray(property);
        foreach (var json in items)
        {
            writer.WriteRawValue(json, skipInputValidation: true);
        }

        writer.WriteEndArray();
    }

    public static Task ErrorAsync(HttpContext context, int status, string message) =>
        WriteAsync(context, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("errorMessages");
            w.WriteStringValue(message);
            w.WriteEndArray();
            w.WriteString("error", message);
            w.WriteEndObject();
        }, status);
}
