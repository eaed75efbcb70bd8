namespace Reporting.Analytics.Text;

/// <summary>What text preparation does with a stack frame; the frame itself is recognised by one rule (<see cref="StackFrames"/>).</summary>
public enum FrameHandling
{
    /// <summary>
    /// Remove the frame: duplicate search reads crash evidence from its own signals (exception types, top frames,
    /// fingerprint), so frame words would only flood the body's term counts.
    /// </summary>
    Drop,

    /// <summary>
    /// Keep only the qualified method ("org.apache.hadoop.hdfs.DFSClient.open"): its package and class name say
    /// which component crashed, which is what owner routing needs; file names and line numbers are noise.
    /// </summary>
    KeepMethod,
}
