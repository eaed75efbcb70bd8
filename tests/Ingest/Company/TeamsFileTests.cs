using Reporting.Ingest.Company;
using Reporting.Testing;

namespace Reporting.Ingest.Tests.Company;

public sealed class TeamsFileTests : IDisposable
{
    private const string ValidYaml = """
        teams:
          - name: Payments
            product_manager:
              name: Ana Souza
              email: ana.souza@example.com
              time_zone: America/Sao_Paulo
            members:
              - name: Jonas Weber
                weekly_hours: 40
              - name: Zoë Hartmann
                weekly_hours: 24
            services: [billing-api, invoicing, payment-gateway]
        """;

    private readonly string _directory = TempDirectory.Create("teams");

    public void Dispose() => TempDirectory.Delete(_directory);

    [Fact]
    public void Reads_the_documented_format()
    {
        var document = TeamsFile.Read(WriteFile("teams.yaml", ValidYaml));

        var team = Assert.Single(document.Teams);
        Assert.Equal("Payments", team.Name);
        Assert.Equal(new ProductManager("Ana Souza", "ana.souza@example.com", "America/Sao_Paulo"), team.ProductManager);
        Assert.Equal([new TeamMember("Jonas Weber", 40), new TeamMember("Zoë Hartmann", 24)], team.Members);
        Assert.Equal(["billing-api", "invoicing", "payment-gateway"], team.Services);
    }

    [Fact]
    public void Writes_services_on_one_line_and_reads_back_the_same_document()
    {
        var document = TeamsFile.Parse(ValidYaml, "inline");
        var path = Path.Combine(_directory, "roundtrip.yaml");

        TeamsFile.Write(document, path);
        var text = File.ReadAllText(path);
        var again = TeamsFile.Read(path);

        Assert.Contains("    services: [billing-api, invoicing, payment-gateway]\n", text, StringComparison.Ordinal);
        Assert.StartsWith("teams:\n  - name: Payments\n    product_manager:\n      name: Ana Souza\n", text, StringComparison.Ordinal);
        Assert.Contains("Zoë Hartmann", text, StringComparison.Ordinal);
        Assert.Equivalent(document, again, strict: true);
        Assert.Equal(text, TeamsFile.Serialize(again));
    }

    [Theory]
    [InlineData("      - name: Jonas Weber\n        weekly_hours: 40", "      - name: Jonas Weber\n        weekly_hours: -8", "member #1 'Jonas Weber': weekly_hours must be between 1 and 80, got -8")]
    [InlineData("  - name: Payments\n", "  - name: \"\"\n", "team #1: missing team name")]
    [InlineData("      - name: Jonas Weber\n        weekly_hours: 40", "      - name: Jonas Weber", "member #1 'Jonas Weber': missing weekly_hours")]
    [InlineData("      time_zone: America/Sao_Paulo\n", "", "product_manager time_zone '' is not an IANA zone id")]
    [InlineData("      email: ana.souza@example.com\n", "      email: ana.souza\n", "product_manager email 'ana.souza' is not an e-mail address")]
    [InlineData("    services: [billing-api, invoicing, payment-gateway]", "    services: []", "team #1 'Payments': owns no services")]
    public void Reports_the_file_and_the_problem(string replace, string with, string expectedProblem)
    {
        var path = WriteFile("broken.yaml", ValidYaml.Replace(replace, with, StringComparison.Ordinal));

        var error = Assert.Throws<TeamsFileException>(() => TeamsFile.Read(path));

        Assert.Equal(path, error.FilePath);
        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expectedProblem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_service_owned_by_two_teams()
    {
        var second = ValidYaml.Split("\n", 2)[1].Replace("Payments", "Billing", StringComparison.Ordinal)
            .Replace("Jonas Weber", "Mei Lin", StringComparison.Ordinal).Replace("Zoë Hartmann", "Rahul Mehta", StringComparison.Ordinal)
            .Replace("[billing-api, invoicing, payment-gateway]", "[tax-engine, invoicing]", StringComparison.Ordinal);
        var path = WriteFile("twice.yaml", ValidYaml + "\n" + second);

        var error = Assert.Throws<TeamsFileException>(() => TeamsFile.Read(path));

        Assert.Contains("team #2 'Billing': service 'invoicing' is already owned by team 'Payments'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_every_problem_at_once()
    {
        var path = WriteFile("many.yaml", ValidYaml.Replace("weekly_hours: 40", "weekly_hours: -1", StringComparison.Ordinal)
            .Replace("weekly_hours: 24", "weekly_hours: 400", StringComparison.Ordinal));

        var error = Assert.Throws<TeamsFileException>(() => TeamsFile.Read(path));

        Assert.Contains("2 problems", error.Message, StringComparison.Ordinal);
        Assert.Contains("got -1", error.Message, StringComparison.Ordinal);
        Assert.Contains("got 400", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_yaml_syntax_and_type_errors_with_a_line_number()
    {
        var syntax = WriteFile("syntax.yaml", "teams:\n  - name: [unclosed\n");
        var type = WriteFile("type.yaml", ValidYaml.Replace("weekly_hours: 24", "weekly_hours: twenty", StringComparison.Ordinal));
        var unknown = WriteFile("unknown.yaml", ValidYaml.Replace("    members:", "    colour: blue\n    members:", StringComparison.Ordinal));

        var syntaxError = Assert.Throws<TeamsFileException>(() => TeamsFile.Read(syntax));
        var typeError = Assert.Throws<TeamsFileException>(() => TeamsFile.Read(type));
        var unknownError = Assert.Throws<TeamsFileException>(() => TeamsFile.Read(unknown));

        Assert.StartsWith(syntax + ": line ", syntaxError.Message, StringComparison.Ordinal);
        Assert.StartsWith(type + ": line 11,", typeError.Message, StringComparison.Ordinal);
        Assert.Contains("colour", unknownError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_missing_file_and_an_empty_file()
    {
        var missing = Path.Combine(_directory, "nope.yaml");
        var empty = WriteFile("empty.yaml", string.Empty);

        Assert.StartsWith(missing + ": cannot be read", Assert.Throws<TeamsFileException>(() => TeamsFile.Read(missing)).Message, StringComparison.Ordinal);
        Assert.Contains("no teams", Assert.Throws<TeamsFileException>(() => TeamsFile.Read(empty)).Message, StringComparison.Ordinal);
    }

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
