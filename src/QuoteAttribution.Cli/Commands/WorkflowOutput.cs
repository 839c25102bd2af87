using System.Text;

namespace QuoteAttribution.Cli.Commands;

/// <summary>
/// Where <c>speakers</c>, <c>compare</c> and <c>report</c> write: standard output, or a file written
/// whole or not at all through <see cref="AtomicFile"/> (a temporary file beside it, renamed over it only
/// when rendering succeeded and the run was not interrupted).
/// </summary>
internal static class WorkflowOutput
{
    /// <summary>Renders to <paramref name="stdout"/> when <paramref name="path"/> is null or <c>-</c>, else to the file.</summary>
    /// <exception cref="IOException">The file could not be written; nothing was left behind.</exception>
    /// <exception cref="OperationCanceledException">Interrupted before the file was put in place; the old file is as it was.</exception>
    public static void Write(string? path, TextWriter stdout, Action<TextWriter> render, CancellationToken cancellationToken = default)
    {
        if (path is null || path == "-")
        {
            render(stdout);
            stdout.Flush();
            return;
        }

        using AtomicFile file = AtomicFile.Create(path);
        using (StreamWriter writer = new(file.Stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 65536, leaveOpen: true))
        {
            writer.NewLine = "\n";
            render(writer);
        }

        cancellationToken.ThrowIfCancellationRequested();
        file.Commit();
    }
}
