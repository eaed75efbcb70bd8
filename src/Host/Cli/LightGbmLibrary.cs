using System.Runtime.InteropServices;

namespace Reporting.Host.Cli;

/// <summary>
/// Whether LightGBM's native library is beside this executable: a source build has it, a release leaves it out
/// (it serves only one candidate of <c>owners compare</c>), so that command skips the candidate instead of failing.
/// </summary>
public static class LightGbmLibrary
{
    private static readonly Lazy<bool> Present = new(() =>
    {
        if (!NativeLibrary.TryLoad("lib_lightgbm", typeof(Microsoft.ML.Trainers.LightGbm.LightGbmMulticlassTrainer).Assembly, null, out var handle))
        {
            return false;
        }

        NativeLibrary.Free(handle);
        return true;
    });

    public static bool IsShipped => Present.Value;
}
