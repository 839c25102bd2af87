namespace QuoteAttribution.Cli;

/// <summary>
/// An output file written whole or not at all: the content goes to a hidden temporary file in the same
/// folder (so the final rename stays on one file system), which <see cref="Commit"/> moves into place.
/// Disposing without committing (an error, Ctrl-C) deletes the temporary file and leaves nothing behind.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private readonly string _path;
    private readonly string _temporaryPath;
    private bool _committed;

    private AtomicFile(string path, string temporaryPath, FileStream stream)
    {
        _path = path;
        _temporaryPath = temporaryPath;
        Stream = stream;
    }

    /// <summary>The stream to write the content to.</summary>
    public FileStream Stream { get; }

    /// <summary>Creates the temporary file for <paramref name="path"/>; throws IOException or UnauthorizedAccessException.</summary>
    public static AtomicFile Create(string path)
    {
        string fullPath = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(fullPath) ?? ".";
        string temporaryPath = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        FileStream stream = new(temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536);
        return new AtomicFile(fullPath, temporaryPath, stream);
    }

    /// <summary>Flushes the content to disk and puts the file in place, replacing any older one.</summary>
    public void Commit()
    {
        Stream.Flush(flushToDisk: true);
        Stream.Dispose();
        File.Move(_temporaryPath, _path, overwrite: true);
        _committed = true;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed)
        {
            try
            {
                File.Delete(_temporaryPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done; the name starts with a dot and ends in .tmp.
            }
        }
    }
}
