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

        foreach (string prefix in Prefixes)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return line.ContainsAny(Phrases);
    }
}
