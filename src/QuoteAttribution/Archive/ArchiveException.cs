namespace QuoteAttribution.Archive;

/// <summary>
/// The archive file cannot be used: it is not a quotes archive, it has a newer schema than this
/// version understands, or SQLite cannot open it. The message names the file and says why, for people.
/// </summary>
public sealed class ArchiveException : Exception
{
    /// <summary>Creates the exception with a message that names the file.</summary>
    public ArchiveException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message that names the file, and the SQLite error behind it.</summary>
    public ArchiveException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a generic message (for serializers and analyzers).</summary>
    public ArchiveException()
        : base("the archive cannot be used")
    {
    }
}
