using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>A person name in running text.</summary>
/// <param name="Span">The name's words.</param>
/// <param name="IsSubject">True when it opens its sentence's subject phrase (an antecedent for pronouns).</param>
public readonly record struct NameMention(TextSpan Span, bool IsSubject)
{
    /// <summary>
    /// True when it is the subject of a clause inside the sentence ("... when Lee went online with this:").
    /// Not a pronoun antecedent (that measured worse), but the one who acts in a lead-in without a speech verb.
    /// </summary>
    public bool IsClauseSubject { get; init; }
}
