using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reporting.Analytics.Owners;

/// <summary>
/// Versioned owner models in one directory: owners-v0001.zip (the classifier) next to
/// owners-v0001.json (its metadata and held-out figures), and a "current" file naming the version
/// in use. Classifiers of another ticket label (priority) are kept the same way under their own name
/// (models/priority/priority-v0001.zip). A version is promoted only if, on the very same evaluation set (same fingerprint), it is
/// not worse than the current one in top-1 accuracy and macro-F1; older versions stay loadable.
/// </summary>
public sealed class OwnerModelRegistry
{
    public const string OwnersLabel = "owners";
    private const string CurrentPointerFile = "current";

    private readonly string _prefix;
    private readonly Regex _versionFile;

    /// <param name="label">What the models predict; names the files (owners-v0001.zip, priority-v0001.zip).</param>
    public OwnerModelRegistry(string directory, double tolerance = 0.0, string label = OwnersLabel)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Regex.IsMatch(label, "^[a-z]+$"))
            throw new ArgumentException($"A model label is lower-case letters, not '{label}'.", nameof(label));
        Directory = directory;
        Tolerance = tolerance;
        _prefix = label + "-v";
        _versionFile = new Regex($@"^{label}-v(\d{{4,}})\.zip$", RegexOptions.CultureInvariant);
        System.IO.Directory.CreateDirectory(directory);
    }

    public string Directory { get; }

    /// <summary>The registry kept beside a warehouse file: models/owners (or models/LABEL) in the warehouse's folder.</summary>
    public static OwnerModelRegistry ForWarehouse(string warehousePath, string label = OwnersLabel) =>
        new(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(warehousePath))!, "models", label), label: label);

    /// <summary>How much lower a figure may be and still count as "not worse" (0 = no regression at all).</summary>
    public double Tolerance { get; }

    public IReadOnlyList<RegisteredOwnerModel> List() =>
        System.IO.Directory.EnumerateFiles(Directory, _prefix + "*.zip")
            .Select(path => _versionFile.Match(Path.GetFileName(path)))
            .Where(m => m.Success)
            .Select(m => Describe(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)))
            .OrderBy(m => m.Version)
            .ToList();

    public int? CurrentVersion()
    {
        var pointer = Path.Combine(Directory, CurrentPointerFile);
        if (!File.Exists(pointer))
            return null;
        var match = _versionFile.Match(File.ReadAllText(pointer).Trim() + ".zip");
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Stores a classifier as the next version. It must carry a held-out evaluation to be promotable later.</summary>
    public RegisteredOwnerModel Register(OwnerClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        while (true)
        {
            var version = (List().Select(m => m.Version).DefaultIfEmpty(0).Max()) + 1;
            var registered = Describe(version);
            try
            {
                // CreateNew: two writers racing for the same version number cannot overwrite each other.
                using (var file = new FileStream(registered.ModelPath, FileMode.CreateNew, FileAccess.Write))
                    classifier.Save(file);
            }
            catch (IOException) when (File.Exists(registered.ModelPath))
            {
                continue;
            }
            WriteAtomically(registered.MetricsPath, JsonSerializer.Serialize(classifier.Metadata, OwnerModelJson.Options));
            return registered;
        }
    }

    public OwnerModelMetadata ReadMetadata(int version)
    {
        var json = File.ReadAllText(Describe(version).MetricsPath);
        return JsonSerializer.Deserialize<OwnerModelMetadata>(json, OwnerModelJson.Options)
            ?? throw new InvalidDataException($"Empty metrics for version {version}.");
    }

    /// <summary>
    /// Replaces a version's recorded held-out evaluation (the model file is untouched), so it can be compared with a
    /// new candidate on the candidate's evaluation set.
    /// </summary>
    public void UpdateEvaluation(int version, OwnerEvaluationReport evaluation)
    {
        var metadata = ReadMetadata(version) with { Evaluation = evaluation };
        WriteAtomically(Describe(version).MetricsPath, JsonSerializer.Serialize(metadata, OwnerModelJson.Options));
    }

    public OwnerClassifier Load(int version)
    {
        var path = Describe(version).ModelPath;
        if (!File.Exists(path))
            throw new FileNotFoundException($"Owner model version {version} is not in the registry.", path);
        return OwnerClassifier.Load(path);
    }

    public OwnerClassifier? LoadCurrent() => CurrentVersion() is { } version ? Load(version) : null;

    /// <summary>
    /// How much lower a candidate that learned from triage decisions may score and still be promoted: the held-out
    /// tickets are labelled by their source, so a model that follows people's corrections can look slightly worse on
    /// them while being what the triagers asked for.
    /// </summary>
    public const double DecisionTolerance = 0.01;

    /// <summary>
    /// Makes <paramref name="version"/> current if it is not worse than the current one on the same held-out set
    /// (by more than <see cref="Tolerance"/>, or <see cref="DecisionTolerance"/> when it learned from triage decisions).
    /// </summary>
    public PromotionDecision Promote(int version, bool learnedFromDecisions = false)
    {
        var tolerance = learnedFromDecisions ? Math.Max(Tolerance, DecisionTolerance) : Tolerance;
        var candidate = ReadMetadata(version).Evaluation;
        var currentVersion = CurrentVersion();
        if (candidate is null)
            return new PromotionDecision(false, version, currentVersion, "The candidate has no held-out evaluation.");
        if (currentVersion is null)
            return PointTo(version, null, "No current model.");
        if (currentVersion == version)
            return new PromotionDecision(false, version, currentVersion, "Already current.");

        var current = ReadMetadata(currentVersion.Value).Evaluation;
        if (current is null)
            return PointTo(version, currentVersion, "The current model has no held-out evaluation.");
        if (current.EvaluationSetId != candidate.EvaluationSetId)
            return new PromotionDecision(false, version, currentVersion,
                $"Evaluated on another set ({candidate.EvaluationSetId} vs {current.EvaluationSetId}); re-evaluate both on the same tickets.");

        var worse = new List<string>();
        if (candidate.Metrics.Top1 < current.Metrics.Top1 - tolerance)
            worse.Add($"top-1 {candidate.Metrics.Top1:F4} < {current.Metrics.Top1:F4}");
        if (candidate.Metrics.MacroF1 < current.Metrics.MacroF1 - tolerance)
            worse.Add($"macro-F1 {candidate.Metrics.MacroF1:F4} < {current.Metrics.MacroF1:F4}");
        return worse.Count > 0
            ? new PromotionDecision(false, version, currentVersion, "Worse than current: " + string.Join(", ", worse))
            : PointTo(version, currentVersion, learnedFromDecisions && tolerance > Tolerance
                ? $"Not worse than current on the same evaluation set by more than {tolerance:F2}, and it learned from triage decisions."
                : "Not worse than current on the same evaluation set.");
    }

    private PromotionDecision PointTo(int version, int? previous, string reason)
    {
        WriteAtomically(Path.Combine(Directory, CurrentPointerFile), Describe(version).Name);
        return new PromotionDecision(true, version, previous, reason);
    }

    private RegisteredOwnerModel Describe(int version)
    {
        var name = _prefix + version.ToString("D4", CultureInfo.InvariantCulture);
        return new RegisteredOwnerModel(version, name, Path.Combine(Directory, name + ".zip"), Path.Combine(Directory, name + ".json"));
    }

    /// <summary>Readers never see a half-written file: write aside, then rename over.</summary>
    private static void WriteAtomically(string path, string content)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }
}
