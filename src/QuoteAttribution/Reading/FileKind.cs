namespace QuoteAttribution.Reading;

/// <summary>What a path names on disk, told apart without opening it (opening a FIFO blocks until a writer comes).</summary>
public enum FileKind
{
    /// <summary>Nothing is there (or it cannot be looked at).</summary>
    Missing,

    /// <summary>A regular file: the only kind read as an article or written through a temporary file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe (<c>mkfifo</c>).</summary>
    Fifo,

    /// <summary>A character device (<c>/dev/null</c>, <c>/dev/zero</c>, a terminal).</summary>
    CharacterDevice,

    /// <summary>A block device (a disk).</summary>
    BlockDevice,

    /// <summary>A Unix socket.</summary>
    Socket,
}
