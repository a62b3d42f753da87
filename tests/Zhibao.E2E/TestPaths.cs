using System.Reflection;

namespace Zhibao.E2E;

/// <summary>Where screenshots go.</summary>
public static class TestPaths
{
    /// <summary>Screenshots of failed tests, for debugging.</summary>
    public const string FailureFolder = "/tmp/e2e-failures";

    /// <summary>
    /// The folder holding Zhibao.slnx: walk up from the test binaries; with an artifacts folder outside the repo,
    /// fall back to the project folder recorded at build time.
    /// </summary>
    public static string RepoRoot()
    {
        var recorded = typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ZhibaoE2EProjectDir")?.Value;
        foreach (var start in new[] { AppContext.BaseDirectory, recorded, Directory.GetCurrentDirectory() })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Zhibao.slnx")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException("Zhibao.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>docs/screenshots/{name}, the folder created when missing.</summary>
    public static string DocsScreenshot(string name)
    {
        var folder = Path.Combine(RepoRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
