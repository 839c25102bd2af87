using System.Text;

namespace QuoteAttribution.Reading;

/// <summary>
/// Reads text with a bound, so an endless input (<c>yes | quotes extract -</c>, a device) costs at most
/// the bound in memory and stops there instead of growing until the process dies.
/// </summary>
internal static class BoundedText
{
    private const int ChunkLength = 65536;

    /// <summary>
    /// Appends the rest of <paramref name="reader"/> to <paramref name="text"/> while it stays within
    /// <paramref name="maxChars"/> characters in all; returns false (and stops reading) when there is more.
    /// </summary>
    public static bool TryReadToEnd(TextReader reader, StringBuilder text, int maxChars)
    {
        char[] chunk = new char[ChunkLength];
        while (true)
        {
            // One character past the bound tells "exactly at the limit" from "over it".
            int room = (int)Math.Min(ChunkLength, (long)maxChars - text.Length + 1);
            int n = room > 0 ? reader.Read(chunk, 0, room) : 0;
            if (n == 0)
            {
                return room > 0;
            }

            text.Append(chunk, 0, n);
            if (text.Length > maxChars)
            {
                text.Length = maxChars;
                return false;
            }
        }
    }

    /// <summary>The message for an input cut off at <paramref name="maxChars"/>: it is skipped whole.</summary>
    public static string OverLimit(string what, int maxChars) =>
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{what} has more than {maxChars} characters, over the limit of {maxChars}; skipped");
}
