
namespace Reporting.Analytics.Duplicates;

/// <summary>Unit-length embeddings in one contiguous array, so a brute-force cosine scan stays cache-friendly.</summary>
internal sealed class EmbeddingStore(int dimensions)
{
    private float[] vectors = new float[dimensions * 1024];

    public int Count { get; private set; }

    public int Dimensions { get; } = dimensions;

    public int Add(float[] vector)
    {
        if (vector.Length != Dimensions)
        {
            throw new ArgumentException($"Expected {Dimensions} dimensions, got {vector.Length}.", nameof(vector));
        }

        if ((Count + 1) * Dimensions > vectors.Length)
        {
            Array.Resize(ref vectors, vectors.Length * 2);
        }

        var target = vectors.AsSpan(Count * Dimensions, Dimensions);
        vector.CopyTo(target);
        Normalise(target);
        return Count++;
    }

    public ReadOnlySpan<float> Vector(int slot) => vectors.AsSpan(slot * Dimensions, Dimensions);

    public static void Normalise(Span<float> vector)
    {
        var norm = MathF.Sqrt(Dot(vector, vector));
        if (norm > 0)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] /= norm;
            }
        }
    }

    public static float Dot(ReadOnlySpan<float> left, ReadOnlySpan<float> right)
    {
        var sum = System.Numerics.Vector<float>.Zero;
        var width = System.Numerics.Vector<float>.Count;
        var i = 0;
        for (; i <= left.Length - width; i += width)
        {
            sum += new System.Numerics.Vector<float>(left[i..]) * new System.Numerics.Vector<float>(right[i..]);
        }

        var total = System.Numerics.Vector.Sum(sum);
        for (; i < left.Length; i++)
        {
            total += left[i] * right[i];
        }

        return total;
    }
}
