using System.IO.Compression;
using System.Text.Json;
using Reporting.Testing;
using Reporting.Warehouse;

namespace Reporting.Host.Tests.Cli;

/// <summary>
/// What a user sees when the warehouse file's schema does not match the build: a newer file is refused by every
/// verb with one <c>error:</c> line; an older one is refused by read-only verbs and migrated by verbs that write.
/// </summary>
[Collection(nameof(ConsoleCapture))]
public sealed class WarehouseSchemaCliTests : IDisposable
{
    private readonly string _directory = TempDirectory.Create("schema-cli");

    private string Database => Path.Combine(_directory, "warehouse.duckdb");

    public void Dispose() => TempDirectory.Delete(_directory);

    [Theory]
    [InlineData("capacity")]
    [InlineData("report")]
    [InlineData("digest")]
    public async Task A_file_from_a_newer_version_is_refused_with_one_error_line(string verb)
    {
        await using (var connection = await WarehouseConnection.OpenAsync(Database))
        {
            await connection.RunAsync("INSERT INTO schema_info VALUES (99, now()::TIMESTAMP)");
        }

        var (exit, output, error) = await CliRun.RunAsync(verb switch
        {
            "report" => ["report", "capacity", "--db", Database, "--out", Path.Combine(_directory, "capacity.pdf")],
            "digest" => ["digest", "--db", Database, "--out", _directory],
            _ => [verb, "--db", Database],
        });

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal(
            $"error: The warehouse {Database} was written by a newer version of reporting (schema 99); this build knows schema {Reporting.Warehouse.Schema.WarehouseSchema.Version} at most. " +
            $"Use that newer reporting, or point --db at another file.{Environment.NewLine}",
            error);
    }

    [Fact]
    public async Task A_schema_1_file_is_refused_by_a_read_only_verb_until_a_verb_that_writes_migrates_it()
    {
        var fixture = Path.Combine(Fixture.RepositoryRoot(), "tests", "Warehouse", "Fixtures", "schema-v1.duckdb.gz");
        await using (var compressed = File.OpenRead(fixture))
        await using (var gzip = new GZipStream(compressed, CompressionMode.Decompress))
        await using (var copy = File.Create(Database))
        {
            await gzip.CopyToAsync(copy);
        }

        var refused = await CliRun.RunAsync("duplicates", "similar", "--db", Database, "--id", "V1-4", "--json");
        Assert.Equal(1, refused.Exit);
        Assert.StartsWith($"error: The warehouse {Database} has schema 1, older than this build's schema {Reporting.Warehouse.Schema.WarehouseSchema.Version}, and a read-only command does not migrate it.",
            refused.Error, StringComparison.Ordinal);
        Assert.Single(refused.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));

        var migrated = await CliRun.RunAsync("capacity", "--db", Database, "--json");
        Assert.Equal(0, migrated.Exit);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(migrated.Out).RootElement.ValueKind);

        var similar = await CliRun.RunAsync("duplicates", "similar", "--db", Database, "--id", "V1-4", "--json");
        Assert.Equal(0, similar.Exit);
        Assert.Equal("", similar.Error);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(similar.Out).RootElement.ValueKind);
    }
}
