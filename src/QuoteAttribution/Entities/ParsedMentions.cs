using QuoteAttribution.Text;

namespace QuoteAttribution.Entities;

/// <summary>
/// <see cref="MentionParser.ParseLenient"/> of one article's spans, each span (with its appositive)
/// parsed once: a cue's speaker phrase is read when the people are collected and again when its
/// statement's speaker is resolved. <see cref="ParsedMention"/> is immutable, so sharing it is safe.
/// </summary>
internal sealed class ParsedMentions(string text)
{
    private readonly Dictionary<(TextSpan Span, TextSpan? Appositive), ParsedMention> _parsed = [];

    /// <summary>The lenient parse of the words at <paramref name="span"/>, with the <paramref name="appositive"/> words when given.</summary>
    public ParsedMention Parse(TextSpan span, TextSpan? appositive)
    {
        if (!_parsed.TryGetValue((span, appositive), out ParsedMention? parsed))
        {
            parsed = MentionParser.ParseLenient(span.Of(text).ToString(), appositive?.Of(text).ToString());
            _parsed.Add((span, appositive), parsed);
        }

        return parsed;
    }
}
