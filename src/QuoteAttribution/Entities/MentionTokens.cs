namespace QuoteAttribution.Entities;

/// <summary>
/// The words of a mention as ranges into its text, split at whitespace, with surrounding quote marks,
/// brackets and clause punctuation trimmed. Lives on the stack: the caller passes the buffer.
/// </summary>
internal readonly ref struct MentionTokens
{
    private const string LeadingTrim = "\"'([\u201C\u2018";
    private const string TrailingTrim = "\"'),;:!?]\u201D\u2019";

    private readonly string _text;
    private readonly Span<Range> _tokens;

    /// <summary>Splits <paramref name="text"/> into at most <c>buffer.Length</c> words (the last ones are kept).</summary>
    public MentionTokens(string text, Span<Range> buffer)
    {
        _text = text;
        int count = 0;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            int end = i;
            while (start < end && LeadingTrim.Contains(text[start], StringComparison.Ordinal))
            {
                start++;
            }

            while (end > start && TrailingTrim.Contains(text[end - 1], StringComparison.Ordinal) && !IsPossessiveEnd(text, start, end))
            {
                end--;
            }

            if (end > start)
            {
                if (count == buffer.Length)
                {
                    // Invariant: the name and the role are at the end of a mention, so drop the oldest word.
                    buffer[1..].CopyTo(buffer);
                    count--;
                }

                buffer[count++] = start..end;
            }
        }

        _tokens = buffer[..count];
        if (count > 0)
        {
            TrimSentencePeriod();
        }
    }

    /// <summary>The number of words.</summary>
    public int Count => _tokens.Length;

    /// <summary>The text the ranges point into.</summary>
    public string Source => _text;

    /// <summary>Word <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> this[int index] => _text.AsSpan(_tokens[index]);

    /// <summary>Character offset where word <paramref name="index"/> starts.</summary>
    public int StartOf(int index) => _tokens[index].Start.Value;

    /// <summary>Character offset one past the end of word <paramref name="index"/>.</summary>
    public int EndOf(int index) => _tokens[index].End.Value;

    /// <summary>The text from word <paramref name="start"/> up to (not including) word <paramref name="end"/>.</summary>
    public ReadOnlySpan<char> Slice(int start, int end) =>
        end <= start ? [] : _text.AsSpan(StartOf(start)..EndOf(end - 1));

    /// <summary>The words from <paramref name="start"/> to <paramref name="end"/> as a new string.</summary>
    public string Text(int start, int end) => Slice(start, end).ToString();

    /// <summary>True when word <paramref name="index"/> starts with a capital letter.</summary>
    public bool IsCapitalized(int index) => char.IsUpper(this[index][0]);

    /// <summary>True when word <paramref name="index"/> ends in <c>'s</c> (<c>Russia's</c>).</summary>
    public bool IsPossessive(int index) => IsPossessiveEnd(_text, StartOf(index), EndOf(index));

    /// <summary>
    /// The length in words of the longest entry of <paramref name="contains"/> that starts at word
    /// <paramref name="start"/> and ends before word <paramref name="limit"/>; 0 when none does.
    /// </summary>
    public int LongestAt(int start, int limit, Func<ReadOnlySpan<char>, bool> contains)
    {
        for (int words = Math.Min(EntityLexicons.MaxUnitWords, limit - start); words > 0; words--)
        {
            if (contains(Slice(start, start + words)))
            {
                return words;
            }
        }

        return 0;
    }

    /// <summary>
    /// The length in words of the longest entry of <paramref name="contains"/> that ends just before
    /// word <paramref name="end"/> and starts at or after word <paramref name="floor"/>; 0 when none does.
    /// </summary>
    public int LongestEndingAt(int end, int floor, Func<ReadOnlySpan<char>, bool> contains)
    {
        for (int words = Math.Min(EntityLexicons.MaxUnitWords, end - floor); words > 0; words--)
        {
            if (contains(Slice(end - words, end)))
            {
                return words;
            }
        }

        return 0;
    }

    private static bool IsPossessiveEnd(string text, int start, int end) =>
        end - start > 2 && text[end - 1] is 's' or 'S' && text[end - 2] is '\'' or '\u2019';

    private void TrimSentencePeriod()
    {
        // A period that ends the mention is sentence punctuation unless the word is an abbreviation
        // ("Gen.", "U.S.", "Jr.", an initial).
        int last = _tokens.Length - 1;
        ReadOnlySpan<char> word = this[last];
        if (word.Length > 2 && word[^1] == '.' && word[..^1].IndexOf('.') < 0
            && !EntityLexicons.Titles.Contains(word) && !EntityLexicons.NameSuffixes.Contains(word)
            && !EntityLexicons.TitleAbbreviations.ContainsKey(word))
        {
            _tokens[last] = StartOf(last)..(EndOf(last) - 1);
        }
    }
}
