namespace Reporting.Analytics.Owners;

/// <summary>A fitted model with what is learnt beside it from the same tickets: the product prior and the vocabulary.</summary>
internal sealed record OwnerFittedStage(OwnerModelScorer Scorer, ProductOwnerPrior Prior, TrainingVocabulary Vocabulary);
