using static Reporting.Warehouse.Schema.FieldChangeKinds;

namespace Reporting.Analytics.Owners;

/// <summary>
/// A ticket's priority, type and tags as they were when it was filed, rolled back from the changes triagers made
/// later (Mozilla's BugBug does the same before training: an export shows fields as triagers left them, and a
/// suggestion made at filing never sees those).
/// </summary>
public sealed record FiledFields(string? Priority, string? Type, IReadOnlyList<string> Tags)
{
    /// <summary>
    /// Undoes <paramref name="changesNewestFirst"/> (<c>kind U+001F detail</c> joined by U+001E; details <c>from&gt;to</c>
    /// for priority and type, the tag for tags) on the fields as exported; null when there is nothing to undo.
    /// </summary>
    public static FiledFields? RollBack(string? priority, string? type, IReadOnlyList<string> tags, string? changesNewestFirst)
    {
        if (string.IsNullOrEmpty(changesNewestFirst))
        {
            return null;
        }

        var filedTags = tags.ToList();
        foreach (var change in changesNewestFirst.Split('\u001e'))
        {
            var separator = change.IndexOf('\u001f', StringComparison.Ordinal);
            if (separator < 0)
            {
                continue;
            }

            var detail = change[(separator + 1)..];
            switch (change[..separator])
            {
                case PriorityChanged:
                    priority = From(detail);
                    break;
                case TypeChanged:
                    type = From(detail);
                    break;
                case TagAdded:
                    filedTags.Remove(detail.Trim());
                    break;
                case TagRemoved when detail.Trim() is { Length: > 0 } tag && !filedTags.Contains(tag, StringComparer.Ordinal):
                    filedTags.Add(tag);
                    break;
            }
        }

        return new FiledFields(priority, type, filedTags);
    }

    /// <summary>
    /// The fewest changes (kind, detail) that turn these filed fields into the exported ones: written as events, they
    /// roll back to exactly this (<see cref="RollBack"/>).
    /// </summary>
    public IEnumerable<(string Kind, string Detail)> ChangesTo(string? priority, string? type, IReadOnlyList<string> tags)
    {
        if (!string.Equals(Priority, priority, StringComparison.Ordinal))
        {
            yield return (PriorityChanged, $"{Priority}>{priority}");
        }

        if (!string.Equals(Type, type, StringComparison.Ordinal))
        {
            yield return (TypeChanged, $"{Type}>{type}");
        }

        foreach (var tag in Tags.Except(tags, StringComparer.Ordinal))
        {
            yield return (TagRemoved, tag);
        }

        foreach (var tag in tags.Except(Tags, StringComparer.Ordinal))
        {
            yield return (TagAdded, tag);
        }
    }

    /// <summary>The value before a <c>from&gt;to</c> change; null when it was unset.</summary>
    private static string? From(string detail)
    {
        var arrow = detail.IndexOf('>', StringComparison.Ordinal);
        var from = (arrow < 0 ? "" : detail[..arrow]).Trim();
        return from.Length == 0 ? null : from;
    }
}
