using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Tests.Owners;

public class ProductOwnerPriorTests
{
    private static readonly ProductOwnerPrior Prior = ProductOwnerPrior.FromExamples(
        [("Cloud", 0), ("Cloud", 1), ("Desktop", 2)], unseenOwnerFactor: 0);

    [Fact]
    public void RemovesOwnersNeverSeenWithTheProduct()
    {
        double[] probabilities = [0.2, 0.2, 0.6];

        Prior.Apply(probabilities, "cloud");

        Assert.Equal([0.5, 0.5, 0.0], probabilities);
    }

    [Fact]
    public void SoftFactorDownWeightsInsteadOfRemoving()
    {
        double[] probabilities = [0.2, 0.2, 0.6];

        Prior.WithFactor(0.5).Apply(probabilities, "Cloud");

        Assert.Equal(0.2 / 0.7, probabilities[0], 10);
        Assert.Equal(0.3 / 0.7, probabilities[2], 10);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Mobile")]
    public void UnknownOrMissingProductLeavesDistributionAlone(string? product)
    {
        double[] probabilities = [0.2, 0.2, 0.6];

        Prior.Apply(probabilities, product);

        Assert.Equal([0.2, 0.2, 0.6], probabilities);
    }

    [Fact]
    public void KeepsModelDistributionWhenAllMassWouldVanish()
    {
        double[] probabilities = [0, 0, 1];

        Prior.Apply(probabilities, "Cloud");

        Assert.Equal([0.0, 0.0, 1.0], probabilities);
    }
}
