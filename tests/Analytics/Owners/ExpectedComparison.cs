using Reporting.Analytics.Owners;

namespace Reporting.Analytics.Tests.Owners;

/// <summary>What a training's comparison lists when the blend fits its budget.</summary>
internal static class ExpectedComparison
{
    /// <summary>The candidates in order, then the best of them on validation blended with the joint-bag SVM (of words and character n-grams on short texts), then that SVM alone.</summary>
    public static IEnumerable<string> WithBlend(IEnumerable<string> names, IReadOnlyList<PipelineCandidateResult> comparison, bool shortTexts = false)
    {
        var group = names.ToList();
        var best = comparison.Where(c => group.Contains(c.Name)).MaxBy(c => OwnerPipelineSelector.SelectionScore(c.Validation))!;
        var blended = best.Name + (shortTexts ? OwnerClassifier.CharacterBlendSuffix : OwnerClassifier.BlendSuffix);
        return group.Append(blended).Append(blended + OwnerClassifier.SvmAloneSuffix);
    }
}
