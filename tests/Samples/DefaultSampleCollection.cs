using Reporting.Ingest.Company;

namespace Reporting.Samples.Tests;

/// <summary>Shares one generated default sample between the test classes that read it.</summary>
[CollectionDefinition(Name)]
public sealed class DefaultSampleCollection : ICollectionFixture<DefaultSampleFixture>
{
    public const string Name = "default sample";
}
