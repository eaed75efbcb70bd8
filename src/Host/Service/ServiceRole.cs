namespace Reporting.Host.Service;

/// <summary>
/// What a process does. DuckDB allows one writing process: the writer owns the warehouse file, serves the
/// API and runs the <c>warehouse</c> queue; workers run render, e-mail and other read-only jobs from the
/// published snapshot.
/// </summary>
public enum ServiceRole
{
    Writer,
    Worker,
}
