using System.Collections.Immutable;
using QuoteAttribution.Text;

namespace QuoteAttribution.Normalization;

/// <summary>
/// Blanks out boilerplate with the configured rules. The result keeps every offset of the original
/// text: removed characters become spaces, line breaks are kept.
/// </summary>
public sealed class ArticleNormalizer(ImmutableArray<IBoilerplateRule> rules)
{
    /// <summary>The default rules: page-furniture lines, navigation lists, repeated paragraphs.</summary>
    public static ImmutableArray<IBoilerplateRule> DefaultRules { get; } =
        [new BoilerplateLineRule(), new NavigationListRule(), new RepeatedParagraphRule()];

    /// <summary>Blanks the boilerplate of <paramref name="original"/>.</summary>
    public NormalizedText Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        List<TextSpan> lines = Lines(original);
        List<TextSpan> removed = [];
        foreach (IBoilerplateRule rule in rules)
        {
            removed.AddRange(rule.Find(original, lines));
        }

        if (removed.Count == 0)
        {
            return new NormalizedText(original, original, []);
        }

        removed.Sort((a, b) => a.Start.CompareTo(b.Start));
        // Blanked in the new string's own memory: no char array copied twice.
        string blanked = string.Create(original.Length, (original, removed), static (chars, state) =>
        {
            state.original.CopyTo(chars);
            foreach (TextSpan span in state.removed)
            {
                Blank(chars[span.Start..span.End]);
            }
        });
        return new NormalizedText(original, blanked, [.. removed.Distinct()]);
    }

    private static void Blank(Span<char> chars)
    {
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] is not '\n' and not '\r')
            {
                chars[i] = ' ';
            }
        }
    }

    /// <summary>The lines of <paramref name="text"/>, without their line breaks.</summary>
    internal static List<TextSpan> Lines(string text)
    {
        List<TextSpan> lines = [];
        int start = 0;
        while (start <= text.Length)
        {
            int newline = text.IndexOf('\n', start);
            int end = newline < 0 ? text.Length : newline;
            int trimmedEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            lines.Add(TextSpan.FromBounds(start, trimmedEnd));
            if (newline < 0)
            {
                break;
            }

            start = newline + 1;
        }

        return lines;
    }
}
