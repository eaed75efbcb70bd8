using System.CommandLine;
using Reporting.Host.Api;

namespace Reporting.Host.Cli;

/// <summary><c>reporting apikey new --name NAME</c>: a new API key, and the hash to put in configuration.</summary>
public static class ApiKeyCommand
{
    public static Command Build()
    {
        var name = new Option<string>("--name") { Description = "Who the key is for", Required = true };
        var create = new Command("new", "Create an API key; only its SHA-256 goes into configuration") { name };
        create.SetAction(result =>
        {
            var key = ApiKeyHasher.NewKey();
            Console.WriteLine($"API key for {result.GetValue(name)} (shown once; give it to the client):");
            Console.WriteLine($"  {key}");
            Console.WriteLine("Add to appsettings.json (or environment Api__Keys__0__Name / Api__Keys__0__Sha256):");
            Console.WriteLine($"  \"Api\": {{ \"Keys\": [ {{ \"Name\": \"{result.GetValue(name)}\", \"Sha256\": \"{ApiKeyHasher.Hash(key)}\" }} ] }}");
            Console.WriteLine("or on the command line of `reporting serve`:");
            Console.WriteLine($"  --Api:Keys:0:Name={result.GetValue(name)} --Api:Keys:0:Sha256={ApiKeyHasher.Hash(key)}");
            return 0;
        });
        return new Command("apikey", "API keys for the HTTP API and dashboard") { create };
    }
}
