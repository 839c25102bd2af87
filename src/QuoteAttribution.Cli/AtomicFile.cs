using System.Collections.Concurrent;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Cli;

/// <summary>
/// An output file written whole or not at all: the content goes to a hidden temporary file in the same
/// folder (so the final rename stays on one file system), which <see cref="Commit"/> moves into place.
/// Disposing without committing (an error, Ctrl-C, a full disk) deletes the temporary file and leaves the
/// old file as it was. A symbolic link is written through: the temporary file goes beside the link's
/// target, which keeps its mode. A character device or FIFO (<c>/dev/null</c>, <c>/dev/stdout</c>, a
/// named pipe) is written straight, never renamed over: renaming would replace the device with a file.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    // Temporary files not yet committed or deleted, for a signal that must end a run stuck in a read.
    private static readonly ConcurrentDictionary<string, byte> Pending = new(StringComparer.Ordinal);

    private readonly string _path;
    private readonly string? _temporaryPath;
    private bool _done;

    private AtomicFile(string path, string? temporaryPath, FileStream stream)
    {
        _path = path;
        _temporaryPath = temporaryPath;
        Stream = stream;
        if (temporaryPath is not null)
        {
            Pending.TryAdd(temporaryPath, 0);
        }
    }

    /// <summary>The stream to write the content to.</summary>
    public FileStream Stream { get; }

    /// <summary>Creates the temporary file for <paramref name="path"/>; throws IOException or UnauthorizedAccessException.</summary>
    public static AtomicFile Create(string path)
    {
        string fullPath = Path.GetFullPath(path);
        FileKind kind = FileKinds.Of(fullPath);
        if (kind is not (FileKind.Regular or FileKind.Missing or FileKind.Directory))
        {
            return new AtomicFile(fullPath, null, new FileStream(fullPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1));
        }

        string target = LinkTarget(fullPath);
        string folder = Path.GetDirectoryName(target) ?? ".";
        string temporaryPath = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        FileStream stream = new(temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536);
        if (kind == FileKind.Regular && !OperatingSystem.IsWindows())
        {
            // The new file replaces the old one: it keeps the old one's mode (a private file stays private).
            File.SetUnixFileMode(stream.SafeFileHandle, File.GetUnixFileMode(target));
        }

        return new AtomicFile(target, temporaryPath, stream);
    }

    /// <summary>Deletes every temporary file not yet committed; for a process about to exit on a signal.</summary>
    public static void DeletePending()
    {
        foreach (string path in Pending.Keys)
        {
            TryDelete(path);
        }
    }

    /// <summary>Flushes the content to disk and puts the file in place, replacing any older one.</summary>
    public void Commit()
    {
        Stream.Flush(flushToDisk: _temporaryPath is not null);
        Stream.Dispose();
        if (_temporaryPath is not null)
        {
            File.Move(_temporaryPath, _path, overwrite: true);
            Pending.TryRemove(_temporaryPath, out _);
        }

        _done = true;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        try
        {
            Stream.Dispose();
        }
        catch (IOException)
        {
            // Disposing flushes what is left in the buffer, which fails again on a full disk; the file goes anyway.
        }

        if (_temporaryPath is not null)
        {
            TryDelete(_temporaryPath);
            Pending.TryRemove(_temporaryPath, out _);
        }
    }

    /// <summary>The file a path ends at through symbolic links (the path itself when it is none, or dangles).</summary>
    private static string LinkTarget(string fullPath)
    {
        try
        {
            return File.ResolveLinkTarget(fullPath, returnFinalTarget: true)?.FullName ?? fullPath;
        }
        catch (IOException)
        {
            return fullPath;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the name starts with a dot and ends in .tmp.
        }
    }
}
