using System.Diagnostics;

namespace Reporting.Testing;

/// <summary>
/// A private, real PostgreSQL server for tests: initdb into a temporary folder, trust on 127.0.0.1, fsync off,
/// a free port. PostgreSQL refuses to run as root, so as root it runs as the postgres user.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _directory;
    private readonly string _bin;

    private PostgresServer(string directory, string bin, int port)
    {
        _directory = directory;
        _bin = bin;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=50;Timeout=15";

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBinaries();
        var directory = Path.Combine(Path.GetTempPath(), "reporting-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(directory);
        var asRoot = Environment.UserName == "root";
        if (asRoot && !OperatingSystem.IsWindows())
        {
            // postgres must be able to reach and own its folder.
            File.SetUnixFileMode(directory, (UnixFileMode)0b111_101_101);
            await Run("chown", ["postgres", directory], asUser: null);
        }

        var data = Path.Combine(directory, "data");
        await Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"], asRoot ? "postgres" : null);
        var port = FreePorts.Next();
        await File.AppendAllTextAsync(Path.Combine(data, "postgresql.conf"),
            $"""

            listen_addresses = '127.0.0.1'
            port = {port}
            unix_socket_directories = '{directory}'
            fsync = off
            synchronous_commit = off
            full_page_writes = off
            max_connections = 300
            shared_buffers = 64MB
            """);
        if (asRoot)
        {
            await Run("chown", ["-R", "postgres", directory], asUser: null);
        }

        await Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "30", "start"], asRoot ? "postgres" : null);
        return new PostgresServer(directory, bin, port);
    }

    /// <summary>
    /// Stops the server (open connections end with 57P01), keeps it down for <paramref name="downtime"/>, and starts
    /// it again on the same port: what an operator's restart or a failover looks like to clients.
    /// </summary>
    public async Task RestartAsync(TimeSpan downtime)
    {
        await StopAsync();
        await Task.Delay(downtime);
        await StartAgainAsync();
    }

    /// <summary>Stops the server (open connections end with 57P01) until <see cref="StartAgainAsync"/>.</summary>
    public Task StopAsync() =>
        Run(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_directory, "data"), "-m", "fast", "-w", "stop"], Environment.UserName == "root" ? "postgres" : null);

    /// <summary>Starts a stopped server again on the same port.</summary>
    public Task StartAgainAsync() =>
        Run(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_directory, "data"), "-l", Path.Combine(_directory, "server.log"), "-w", "-t", "30", "start"],
            Environment.UserName == "root" ? "postgres" : null);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Run(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_directory, "data"), "-m", "immediate", "stop"],
                Environment.UserName == "root" ? "postgres" : null);
        }
        finally
        {
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static string FindBinaries()
    {
        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(v => Path.Combine(v, "bin"))
            : [];
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
               ?? throw new InvalidOperationException(
                   "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin. test.sh installs Debian's postgresql package when missing.");
    }


    private static async Task Run(string file, string[] arguments, string? asUser)
    {
        var start = asUser is null ? new ProcessStartInfo(file) : new ProcessStartInfo("runuser", ["-u", asUser, "--", file]);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
