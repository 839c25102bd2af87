using QuoteAttribution.Entities;
using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>The words at a statement that point to its speaker, as the resolver sieves read them.</summary>
internal sealed class SpeakerMention(TextSpan span, TextSpan? appositive, ArticleEntities entities)
{
    private ParsedMention? _parsed;

    /// <summary>Where the words are.</summary>
    public TextSpan Span => span;

    /// <summary>The appositive that describes the speaker (<c>, a nurse,</c>), when the cue found one.</summary>
    public TextSpan? Appositive => appositive;

    /// <summary>The words themselves.</summary>
    public string Words { get; } = span.Of(entities.Text).ToString();

    /// <summary>The words parsed into name, role, affiliation, type and gender (once, on first use).</summary>
    public ParsedMention Parsed => _parsed ??= entities.Mentions.Parse(span, appositive);

    /// <summary>The parse names someone by name: no pronoun ("he") and no description ("the spokesman").</summary>
    public bool IsName => !Parsed.IsPronoun && !Parsed.IsNominal;
}
