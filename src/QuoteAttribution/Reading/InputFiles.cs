namespace QuoteAttribution.Reading;

/// <summary>
/// Expands the inputs a user names into files: a file as given, a folder recursively (entries at each
/// level in ordinal name order, only extensions we read), <c>-</c> as standard input.
/// </summary>
internal static class InputFiles
{
    /// <summary>The input that stands for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>Each input file's path (or <c>-</c>), or a problem with an input; lazily, in order.</summary>
    public static IEnumerable<(string Path, ReadResult? Problem)> Expand(IEnumerable<string> inputs)
    {
        foreach (string input in inputs)
        {
            if (input == StandardInput)
            {
                yield return (input, null);
            }
            else
            {
                foreach ((string Path, ReadResult? Problem) entry in ExpandOne(input))
                {
                    yield return entry;
                }
            }
        }
    }

    private static IEnumerable<(string Path, ReadResult? Problem)> ExpandOne(string input) => FileKinds.Of(input) switch
    {
        FileKind.Directory => Walk(input),
        FileKind.Regular => [(input, null)],
        FileKind.Missing => [(input, ReadResult.Error(input, "no such file or folder"))],
        FileKind kind => [(input, NotAFile(input, kind))],
    };

    /// <summary>
    /// A FIFO or device is never opened: a FIFO blocks until something writes to it, and a device may never
    /// end. Standard input, which may well be a pipe, is read through <c>-</c>.
    /// </summary>
    private static ReadResult NotAFile(string path, FileKind kind) =>
        ReadResult.Error(path, $"{FileKinds.Describe(kind)}, not a regular file; skipped (use - for standard input)");

    private static IEnumerable<(string Path, ReadResult? Problem)> Walk(string folder)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(folder).GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [(folder, ReadResult.Error(folder, $"cannot list folder: {e.Message}"))];
        }

        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return WalkSorted(folder, entries);
    }

    private static IEnumerable<(string Path, ReadResult? Problem)> WalkSorted(string folder, FileSystemInfo[] entries)
    {
        foreach (FileSystemInfo entry in entries)
        {
            string path = Path.Join(folder, entry.Name);
            if (entry.Name.StartsWith('.'))
            {
                // Hidden files and folders (.git, editor backups) are never articles.
                continue;
            }

            if (entry is DirectoryInfo)
            {
                if (entry.LinkTarget is not null)
                {
                    // A linked folder can link back to an ancestor; following it could never end.
                    continue;
                }

                foreach ((string Path, ReadResult? Problem) nested in Walk(path))
                {
                    yield return nested;
                }
            }
            else if (InputFormats.FromPath(entry.Name) is not null)
            {
                FileKind kind = FileKinds.Of(path);
                yield return kind is FileKind.Regular or FileKind.Missing ? (path, null) : (path, NotAFile(path, kind));
            }
        }
    }
}
