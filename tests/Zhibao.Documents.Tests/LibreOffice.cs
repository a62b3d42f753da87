using System.Diagnostics;

namespace Zhibao.Documents.Tests;

/// <summary>
/// Opens generated files with a real reader: LibreOffice converts them headless, and the tests read the result.
/// Missing LibreOffice fails the test instead of skipping it, because test.sh installs it on every CI machine.
/// </summary>
/// <remarks>
/// Each instance has a private profile (soffice instances sharing one hand their work to each other or refuse to
/// start), created on first use and deleted on Dispose; a class fixture owns it, because the test host is killed
/// at the end of a run and ProcessExit handlers do not run.
/// </remarks>
public sealed class LibreOffice : IDisposable
{
    // One conversion at a time in this process: two soffice starts at once on 2 cores only slow each other.
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly string profile = Path.Combine(Path.GetTempPath(), $"zhibao-lo-{Guid.NewGuid():N}");

    public void Dispose() => TryDelete(profile);

    /// <summary>The document's text as LibreOffice Writer reads it (body and tables; no headers or footers).</summary>
    public string ToText(byte[] docx) => ToText([docx])[0];

    /// <summary>
    /// Several documents in one soffice start: starting LibreOffice costs seconds, converting one more file little.
    /// </summary>
    public IReadOnlyList<string> ToText(IReadOnlyList<byte[]> documents) =>
        Convert(documents, "txt:Text (encoded):UTF8", "txt", File.ReadAllText);

    /// <summary>The text of the document laid out on pages (so headers and footers too): soffice to PDF, then pdftotext.</summary>
    public string ToPdfText(byte[] docx) => Convert([docx], "pdf:writer_pdf_Export", "pdf", pdf =>
    {
        Run(Require("pdftotext", "poppler-utils"), ["-enc", "UTF-8", pdf, pdf + ".txt"]);
        return File.ReadAllText(pdf + ".txt");
    })[0];

    private List<string> Convert(IReadOnlyList<byte[]> documents, string filter, string extension, Func<string, string> read)
    {
        var soffice = Require("soffice", "libreoffice-writer-nogui");
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"zhibao-doc-{Guid.NewGuid():N}")).FullName;
        var inputs = documents.Select((docx, i) =>
        {
            var input = Path.Combine(dir, $"document{i}.docx");
            File.WriteAllBytes(input, docx);
            return input;
        }).ToList();
        Gate.Wait();
        try
        {
            Run(soffice, [$"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--nolockcheck",
                "--convert-to", filter, "--outdir", dir, .. inputs]);
        }
        finally
        {
            Gate.Release();
        }
        var outputs = inputs.Select(input => Path.ChangeExtension(input, extension)).ToList();
        Assert.All(outputs, output => Assert.True(File.Exists(output), $"LibreOffice did not convert {output} (files kept in {dir})."));
        var results = outputs.Select(read).ToList();
        TryDelete(dir); // kept above when a conversion failed, to look at
        return results;
    }

    private static void Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(program)} did not finish within {Timeout.TotalMinutes} minutes.");
        }
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(program)} exited with {process.ExitCode}: {stdout.Result}{stderr.Result}");
    }

    private static string Require(string program, string package)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
        if (found is null)
        {
            Assert.Fail($"'{program}' is not on PATH. These tests open the generated .docx with a real reader: "
                + $"install it with `apt-get install {package}` (test.sh does this on CI).");
        }
        return found;
    }

    private static void TryDelete(string dir)
    {
        if (!Directory.Exists(dir))
        {
            return;
        }
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
