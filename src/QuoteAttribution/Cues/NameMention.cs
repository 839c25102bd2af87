using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>A person name in running text.</summary>
/// <param name="Span">The name's words.</param>
/// <param name="IsSubject">True when it opens its sentence's subject phrase (an antecedent for pronouns).</param>
public readonly record struct NameMention(TextSpan Span, bool IsSubject);
