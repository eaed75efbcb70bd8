using Reporting.Ingest.Company;
using Reporting.Ingest.Samples;

namespace Reporting.Ingest.Tests.Samples;

/// <summary>Shares one generated default sample between the test classes that read it.</summary>
[CollectionDefinition(Name)]
public sealed class DefaultSampleCollection : ICollectionFixture<DefaultSampleFixture>
{
    public const string Name = "default sample";
}
