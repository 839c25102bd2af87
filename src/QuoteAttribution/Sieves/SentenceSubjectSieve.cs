using QuoteAttribution.Statements;

namespace QuoteAttribution.Sieves;

/// <summary>
/// A quote with no speech verb in a sentence whose subject is a named person is that person's
/// (<c>Lee thanked the mayor for “taking these steps to make the park safer.”</c>).
/// </summary>
/// <example>Mayor Ann Cole thanked the volunteers for “keeping the library open all winter.” → Ann Cole</example>
public sealed class SentenceSubjectSieve : IAttributionSieve
{
    /// <inheritdoc/>
    public string Name => "sentence-subject";

    /// <inheritdoc/>
    public string Evidence => "a named subject before the quote in its sentence";

    /// <inheritdoc/>
    public Attribution? TryAttribute(int index, SieveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Statement statement = context.Statements[index];
        if (CueEvidence.NamesNoOne(statement) || statement.Quote is not { } quote)
        {
            return null;
        }

        Segmentation.Sentence sentence = context.Sentences[statement.Sentence];
        for (int i = context.FirstNameFrom(sentence.Span.Start); i < context.Names.Count && context.Names[i].Span.Start < quote.Span.Start; i++)
        {
            if (context.Names[i].IsSubject)
            {
                return new Attribution(index, context.Names[i].Span, Name, 0.7);
            }
        }

        return null;
    }
}
