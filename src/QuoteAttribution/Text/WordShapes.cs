using System.Numerics;
using System.Runtime.CompilerServices;

namespace QuoteAttribution.Text;

/// <summary>
/// The shapes (length and the first two and last two letters, ignoring case) of a case-insensitive word list:
/// a test that rules most other words out before the list's hash lookup. Every word of running text is looked
/// up in the speech lexicons and almost none is there; a frozen case-insensitive lookup (hashing the whole word)
/// cost about 4% of a real-news run, reading four characters is a fraction of that.
/// </summary>
/// <remarks>
/// Exact for <see cref="StringComparer.OrdinalIgnoreCase"/>: two words equal under it have the same length and
/// the same ASCII characters up to the case of A–Z, so a word whose shape is not in the set equals no word of
/// the list. A word with a non-ASCII character where the shape is read always passes (some fold to ASCII
/// letters under that comparer), and a list with such a word lets every word pass. Shapes are hashed into
/// a few bits per word of the list, so a few other words pass too.
/// </remarks>
internal sealed class WordShapes
{
    // Bits per word of the list, at least: about one other shape in 32 passes. The bits stay few (64 bytes for a
    // list of ten words, 4 KB for a thousand) because a dozen lists are asked about each word, and bits that fall
    // out of the processor's first-level cache cost more than the lookups they spare.
    private const int BitsPerWord = 32;
    private const int MinBits = 512;
    private const int MaxBits = 1 << 16;

    private readonly ulong[] _bits;
    private readonly int _mask;
    private readonly bool _passAll;

    /// <summary>The shapes of <paramref name="words"/>.</summary>
    public WordShapes(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        string[] list = [.. words];
        int bits = (int)Math.Min(MaxBits, BitOperations.RoundUpToPowerOf2((uint)Math.Max(MinBits, list.Length * BitsPerWord)));
        _bits = new ulong[bits / 64];
        _mask = bits - 1;
        foreach (string word in list)
        {
            if (word.Length == 0)
            {
                continue;
            }

            int key = Key(word);
            if (key < 0)
            {
                _passAll = true;
            }
            else
            {
                key &= _mask;
                _bits[key >> 6] |= 1UL << key;
            }
        }
    }

    /// <summary>False when no word of the list can equal <paramref name="word"/> ignoring case.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        int key = Key(word);
        return _passAll || key < 0 || (_bits[(key & _mask) >> 6] & (1UL << key)) != 0;
    }

    // The length and the first two and last two characters, A–Z folded to upper case; -1 for a non-ASCII one.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Key(ReadOnlySpan<char> word)
    {
        char first = word[0], second = word[Math.Min(1, word.Length - 1)], beforeLast = word[Math.Max(0, word.Length - 2)], last = word[^1];
        if ((first | second | beforeLast | last) > 0x7F)
        {
            return -1;
        }

        uint hash = (uint)word.Length;
        hash = (hash * 0x9E3779B1) ^ Upper(first);
        hash = (hash * 0x9E3779B1) ^ Upper(second);
        hash = (hash * 0x9E3779B1) ^ Upper(beforeLast);
        hash = (hash * 0x9E3779B1) ^ Upper(last);
        return (int)((hash * 0x9E3779B1) >> 16);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Upper(char c) => c is >= 'a' and <= 'z' ? (uint)(c - 32) : c;
}
