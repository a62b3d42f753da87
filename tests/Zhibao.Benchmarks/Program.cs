using BenchmarkDotNet.Running;
using Zhibao.Benchmarks;
using Zhibao.Data;

if (args is ["phases", var provider, ..])
{
    // A quick breakdown of an import's time, outside BenchmarkDotNet (see ImportPhases).
    await ImportPhases.RunAsync(Enum.Parse<DatabaseProvider>(provider, ignoreCase: true), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ImportPhases).Assembly).Run(args);
