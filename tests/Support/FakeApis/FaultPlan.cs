using Microsoft.AspNetCore.Http;

namespace Reporting.Testing.FakeApis;

/// <summary>The faults a fake server still has to play, first added first applied.</summary>
public sealed class FaultPlan
{
    private readonly List<(Fault Fault, int Left)> _faults = [];

    public void Add(Fault fault)
    {
        lock (_faults)
        {
            _faults.Add((fault, fault.Times));
        }
    }

    /// <summary>Removes every fault still planned: the service is healthy again.</summary>
    public void Clear()
    {
        lock (_faults)
        {
            _faults.Clear();
        }
    }

    internal Fault? Take(HttpRequest request, long number)
    {
        lock (_faults)
        {
            for (var i = 0; i < _faults.Count; i++)
            {
                var (fault, left) = _faults[i];
                if (!fault.Applies(request, number))
                {
                    continue;
                }

                if (left <= 1)
                {
                    _faults.RemoveAt(i);
                }
                else
                {
                    _faults[i] = (fault, left == int.MaxValue ? left : left - 1);
                }

                return fault;
            }

            return null;
        }
    }
}
