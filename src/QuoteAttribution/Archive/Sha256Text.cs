using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace QuoteAttribution.Archive;

/// <summary>
/// SHA-256 of text appended piece by piece, as UTF-8, without building the whole text as one string or one
/// byte array: the same hash as <c>SHA256.HashData(Encoding.UTF8.GetBytes(whole))</c> whenever no piece
/// splits a surrogate pair. The index hashes every article's records this way instead of joining their fields
/// into one string and encoding it again.
/// </summary>
internal sealed class Sha256Text : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int _used;

    /// <summary>The lower-case hex SHA-256 of <paramref name="text"/>'s UTF-8 bytes.</summary>
    public static string Of(string text)
    {
        using Sha256Text hash = new();
        hash.Append(text);
        return hash.Finish();
    }

    /// <summary>Appends <paramref name="text"/>; null appends nothing, as in a joined string.</summary>
    public void Append(string? text)
    {
        if (text is null)
        {
            return;
        }

        if (Encoding.UTF8.GetMaxByteCount(text.Length) > _buffer.Length - _used)
        {
            Flush();
            if (Encoding.UTF8.GetMaxByteCount(text.Length) > _buffer.Length)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
            }
        }

        _used += Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_used));
    }

    /// <summary>Appends one ASCII separator.</summary>
    public void Append(char separator)
    {
        if (_used == _buffer.Length)
        {
            Flush();
        }

        _buffer[_used++] = checked((byte)separator);
    }

    /// <summary>The lower-case hex SHA-256 of everything appended.</summary>
    public string Finish()
    {
        Flush();
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        _hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _hash.Dispose();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Flush()
    {
        _hash.AppendData(_buffer, 0, _used);
        _used = 0;
    }
}
