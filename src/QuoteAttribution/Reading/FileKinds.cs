using System.Runtime.InteropServices;

namespace QuoteAttribution.Reading;

/// <summary>
/// Tells what a path names, following symbolic links, from its status alone (<c>stat</c>), so a FIFO or a
/// device is never opened by mistake. .NET has no public API for the file type on Unix; the runtime's own
/// native library (shipped with every .NET install) has the <c>stat</c> wrapper its file classes use.
/// </summary>
public static class FileKinds
{
    // The runtime's own FileStatus struct is about 120 bytes; the buffer leaves room for fields it may gain.
    private const int StatusSize = 512;
    private const int ModeOffset = 4;
    private const int TypeMask = 0xF000;

    /// <summary>The kind of file <paramref name="path"/> names, following links; <see cref="FileKind.Missing"/> when nothing is there.</summary>
    public static FileKind Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
        {
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        byte[] status = new byte[StatusSize];
        try
        {
            if (Stat(path, status) != 0)
            {
                return FileKind.Missing;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A runtime without the wrapper: fall back to what .NET can tell, which takes devices for files.
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        return (BitConverter.ToInt32(status, ModeOffset) & TypeMask) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Regular,
        };
    }

    /// <summary>A word for the kind, for messages: <c>a FIFO</c>, <c>a character device</c>.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a folder",
        FileKind.Missing => "missing",
        _ => "a regular file",
    };

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
