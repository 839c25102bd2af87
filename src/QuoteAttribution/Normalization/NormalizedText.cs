using System.Collections.Immutable;
using QuoteAttribution.Text;

namespace QuoteAttribution.Normalization;

/// <summary>
/// The article with boilerplate blanked out. <see cref="Text"/> has exactly the length of
/// <see cref="Original"/>: removed characters become spaces (line breaks stay), so every offset into the
/// normalized text is also an offset into the original (CoreNLP's blank-instead-of-delete).
/// </summary>
/// <param name="Original">The article text as read.</param>
/// <param name="Text">The text the later stages read.</param>
/// <param name="Removed">The spans that were blanked, in order.</param>
public sealed record NormalizedText(string Original, string Text, ImmutableArray<TextSpan> Removed);
