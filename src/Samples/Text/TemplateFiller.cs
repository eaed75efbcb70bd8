using System.Text;

namespace Reporting.Samples;

/// <summary>
/// Fills {placeholders} in phrase templates. A lower-case name inserts the value as is; an upper-case first
/// letter ({Symptom}) capitalises the value, for the start of a sentence.
/// </summary>
internal static class TemplateFiller
{
    public static string Fill(string template, TextSlots slots)
    {
        if (!template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }

        var builder = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }

            builder.Append(template, i, open - i);
            var name = template.Substring(open + 1, close - open - 1);
            var value = Lookup(name.ToLowerInvariant(), slots);
            if (value is null)
            {
                builder.Append(template, open, close - open + 1);
            }
            else
            {
                builder.Append(char.IsUpper(name[0]) ? Capitalize(value) : value);
            }

            i = close + 1;
        }

        return builder.ToString();
    }

    public static string Capitalize(string value) =>
        value.Length == 0 || !char.IsLower(value[0]) ? value : char.ToUpperInvariant(value[0]) + value[1..];

    private static string? Lookup(string name, TextSlots slots) => name switch
    {
        "symptom" => slots.Symptom,
        "action" => slots.Action,
        "code" => slots.Code,
        "message" => slots.Message,
        "area" => slots.Area,
        "noun" => slots.Noun,
        "task" => slots.Task,
        "wish" => slots.Wish,
        "version" => slots.Version,
        "customer" => slots.Customer,
        "n" => slots.Number,
        _ => null,
    };
}
