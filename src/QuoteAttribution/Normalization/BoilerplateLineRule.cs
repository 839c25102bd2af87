using System.Buffers;
using System.Collections.Frozen;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Text;

namespace QuoteAttribution.Normalization;

/// <summary>
/// Removes lines that are page furniture: whole lines from <c>boilerplate-lines.txt</c>
/// ("Advertisement", "Show comments"), lines that begin with a prefix from
/// <c>boilerplate-prefixes.txt</c> ("Posted in:", "Editing by"), and comment-policy lines that contain a
/// phrase from <c>boilerplate-phrases.txt</c> ("will not tolerate the following").
/// </summary>
/// <example>Advertisement → removed</example>
public sealed class BoilerplateLineRule : IBoilerplateRule
{
    private static readonly FrozenSet<string> WholeLines = Lexicon.Load("boilerplate-lines.txt");
    private static readonly string[] Prefixes = [.. Lexicon.ReadEntries("boilerplate-prefixes.txt")];

    // The prefixes by their first letter (the entries are lower-case), so a line is compared only with
    // those that can match it; a prefix that opens with anything but an ASCII letter is always compared.
    private static readonly FrozenDictionary<char, string[]> PrefixesByLetter = Prefixes
        .Where(p => char.IsAsciiLetterLower(p[0]))
        .GroupBy(p => p[0])
        .ToFrozenDictionary(g => g.Key, g => g.Concat(Prefixes.Where(p => !char.IsAsciiLetterLower(p[0]))).ToArray());

    private static readonly string[] PrefixesNotByLetter = [.. Prefixes.Where(p => !char.IsAsciiLetterLower(p[0]))];
    // One multi-string search over the line instead of a scan per phrase (same ordinal, case-blind matching).
    private static readonly SearchValues<string> Phrases =
        SearchValues.Create([.. Lexicon.ReadEntries("boilerplate-phrases.txt")], StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public string Name => "boilerplate-line";

    /// <inheritdoc/>
    public IEnumerable<TextSpan> Find(string text, IReadOnlyList<TextSpan> lines)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lines);
        foreach (TextSpan line in lines)
        {
            if (IsBoilerplate(line.Of(text).Trim()))
            {
                yield return line;
            }
        }
    }

    private static bool IsBoilerplate(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line.Length > 400)
        {
            return false;
        }

        ReadOnlySpan<char> bare = line.TrimEnd(".:!|»>›");
        if (WholeLines.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bare))
        {
            return true;
        }

        foreach (string prefix in PrefixesFor(line[0]))
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return line.ContainsAny(Phrases);
    }

    // Two ASCII characters are equal ignoring case only as the same letter; anything else meets every prefix.
    private static string[] PrefixesFor(char first) =>
        !char.IsAscii(first) ? Prefixes
        : PrefixesByLetter.TryGetValue(char.ToLowerInvariant(first), out string[]? byLetter) ? byLetter
        : PrefixesNotByLetter;
}
