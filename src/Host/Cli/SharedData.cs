namespace Reporting.Host.Cli;

/// <summary>The shared evaluation data an evaluating verb is pointed at, checked before a temporary warehouse is made for it.</summary>
public static class SharedData
{
    /// <summary>Where the evaluations in the README read the Hadoop-family Jira export, from the repository root.</summary>
    public const string HadoopFamily = "../shared/datasets/apache-jira/hadoop-family.jsonl.gz";

    /// <returns>The path unchanged (null stays null: the verb may use --db instead).</returns>
    public static string? Require(string? input)
    {
        if (input is not null && !File.Exists(input) && !Directory.Exists(input))
        {
            throw new Warehouse.UserInputException(
                $"No data at {input}. The README's evaluations read the shared Jira export {HadoopFamily} (relative to the repository root); give --input with its path, or --db FILE.");
        }

        return input;
    }
}
