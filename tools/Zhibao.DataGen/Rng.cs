namespace Zhibao.DataGen;

/// <summary>SplitMix64: small, fast and reproducible from a seed, so one case's choices can be replayed.</summary>
internal struct Rng(ulong seed)
{
    private ulong state = seed;

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>In [0, 1).</summary>
    public double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>In [min, max] inclusive.</summary>
    public int Int(int min, int max) => min + (int)(Next() % (ulong)(max - min + 1));

    public bool Chance(double p) => Unit() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[(int)(Next() % (ulong)items.Count)];

    /// <summary>Index drawn with the given relative weights.</summary>
    public int Weighted(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }
        var x = Unit() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }
        return weights.Count - 1;
    }

    public static ulong Mix(ulong a, ulong b)
    {
        var r = new Rng(a * 0x9E3779B97F4A7C15UL ^ b);
        return r.Next();
    }
}
