namespace Reporting.Testing.FakeApis;

/// <summary>
/// Items of a fake API kept as serialized JSON, ordered by (updated, id) the way incremental APIs page
/// them. Putting an item again replaces it and moves it to its new place in the order.
/// </summary>
public sealed class UpdatedOrderedStore
{
    private readonly List<StoredItem> _items = [];
    private readonly Dictionary<long, StoredItem> _byId = [];

    public int Count
    {
        get
        {
            lock (_items)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>Changes with every put, so a fake can cache what it computed from the items.</summary>
    public long Version { get; private set; }

    public void Put(long id, DateTime updated, string json)
    {
        var item = new StoredItem(id, updated, json);
        lock (_items)
        {
            Version++;
            if (_byId.Remove(id, out var old))
            {
                _items.RemoveAt(_items.BinarySearch(old));
            }

            _byId[id] = item;
            var at = _items.Count == 0 || _items[^1].CompareTo(item) < 0 ? _items.Count : ~_items.BinarySearch(item);
            _items.Insert(at, item);
        }
    }

    public StoredItem? Get(long id)
    {
        lock (_items)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    /// <summary>Up to <paramref name="count"/> items after (updated, id) = <paramref name="after"/>, and whether more follow.</summary>
    public (List<StoredItem> Items, bool More) After((DateTime Updated, long Id) after, int count, Func<StoredItem, bool>? filter = null)
    {
        lock (_items)
        {
            var probe = new StoredItem(after.Id, after.Updated, "");
            var index = _items.BinarySearch(probe);
            index = index >= 0 ? index + 1 : ~index;
            var page = new List<StoredItem>(Math.Min(count, 1024));
            for (; index < _items.Count && page.Count < count; index++)
            {
                if (filter?.Invoke(_items[index]) ?? true)
                {
                    page.Add(_items[index]);
                }
            }

            var more = false;
            for (; index < _items.Count && !more; index++)
            {
                more = filter?.Invoke(_items[index]) ?? true;
            }

            return (page, more);
        }
    }

    /// <summary>The items matching <paramref name="filter"/>, in order (offset paging works on this list).</summary>
    public List<StoredItem> Where(Func<StoredItem, bool> filter) => Where(filter, out _);

    /// <summary>As <see cref="Where(Func{StoredItem, bool})"/>, with the <see cref="Version"/> the result belongs to.</summary>
    public List<StoredItem> Where(Func<StoredItem, bool> filter, out long version)
    {
        lock (_items)
        {
            version = Version;
            return _items.Where(filter).ToList();
        }
    }
}

public sealed record StoredItem(long Id, DateTime Updated, string Json) : IComparable<StoredItem>
{
    public int CompareTo(StoredItem? other) =>
        other is null ? 1 : Updated != other.Updated ? Updated.CompareTo(other.Updated) : Id.CompareTo(other.Id);
}
