using System.Text;

namespace QuoteAttribution.Cli.Commands;

/// <summary>
/// Where <c>speakers</c>, <c>compare</c> and <c>report</c> write: standard output, or a file written
/// whole or not at all (a temporary file beside it, renamed over it only when rendering succeeded).
/// </summary>
internal static class WorkflowOutput
{
    /// <summary>Renders to <paramref name="stdout"/> when <paramref name="path"/> is null or <c>-</c>, else to the file.</summary>
    /// <exception cref="IOException">The file could not be written; nothing was left behind.</exception>
    public static void Write(string? path, TextWriter stdout, Action<TextWriter> render, bool byteOrderMark = false)
    {
        if (path is null || path == "-")
        {
            render(stdout);
            stdout.Flush();
            return;
        }

        string full = Path.GetFullPath(path);
        string temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (StreamWriter writer = new(temp, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: byteOrderMark)))
            {
                writer.NewLine = "\n";
                render(writer);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
