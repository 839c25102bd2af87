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
            else if (Directory.Exists(input))
            {
                foreach ((string Path, ReadResult? Problem) entry in Walk(input))
                {
                    yield return entry;
                }
            }
            else if (File.Exists(input))
            {
                yield return (input, null);
            }
            else
            {
                yield return (input, ReadResult.Error(input, "no such file or folder"));
            }
        }
    }

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
                yield return (path, null);
            }
        }
    }
}
