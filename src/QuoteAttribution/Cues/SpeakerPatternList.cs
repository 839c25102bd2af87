using QuoteAttribution.Cues.SpeakerPatterns;

namespace QuoteAttribution.Cues;

/// <summary>
/// The speaker patterns in the order they read a speech verb, as Markdig's parser list: the default order is
/// the one the records were made with, and a caller may reorder it (<see cref="InsertBefore{T}"/>,
/// <see cref="Remove{T}"/>) before <see cref="Build"/> freezes it.
/// </summary>
internal sealed class SpeakerPatternList
{
    private readonly List<ISpeakerPattern> _patterns;

    private SpeakerPatternList(IEnumerable<ISpeakerPattern> patterns) => _patterns = [.. patterns];

    /// <summary>The patterns in order.</summary>
    public IReadOnlyList<ISpeakerPattern> Patterns => _patterns;

    /// <summary>
    /// The default order. Vetoes on the verb itself come first, then the gerund's patterns (a gerund with a
    /// "be" before it goes on as a finite verb), then the subject before the verb, walking back past the
    /// auxiliaries; the speaker after the verb comes last.
    /// </summary>
    public static SpeakerPatternList CreateDefault() => new(
    [
        new AddedNumberVeto(),
        new CatenativeVeto(),
        new AnonymityVeto(),
        new CalledNameVeto(),
        new ParticipleAfterCommaPattern(),
        new CoordinatedParticiplePattern(),
        new ContractedProgressivePattern(),
        new AbsoluteParticiplePattern(),
        new GerundAfterPrepositionPattern(),
        new IssuedDocumentPattern(),
        new UnreadGerundVeto(),
        new CausedSpeakerPattern(),
        new PassiveAgentPattern(),
        new PassiveVeto(),
        new NegatedVeto(),
        new ToldPronounVeto(),
        new JoinedVerbPattern(),
        new CoordinatedVerbPattern(),
        new SharedSubjectPattern(),
        new RelativeWhoPattern(),
        new RelativeClausePattern(),
        new InterjectedClausePattern(),
        new PossessiveVeto(),
        new RelativeSubjectPattern(),
        new SubjectPhrasePattern(),
        new NoBreakVeto(),
        new ClosingInvertedPattern(),
        new AppositivePattern(),
        new DashedAppositivePattern(),
        new InvertedPattern(),
    ]);

    /// <summary>Puts <paramref name="pattern"/> right before the pattern of type <typeparamref name="T"/>.</summary>
    public SpeakerPatternList InsertBefore<T>(ISpeakerPattern pattern) where T : ISpeakerPattern
    {
        ArgumentNullException.ThrowIfNull(pattern);
        _patterns.Insert(IndexOf<T>(), pattern);
        return this;
    }

    /// <summary>Puts <paramref name="pattern"/> right after the pattern of type <typeparamref name="T"/>.</summary>
    public SpeakerPatternList InsertAfter<T>(ISpeakerPattern pattern) where T : ISpeakerPattern
    {
        ArgumentNullException.ThrowIfNull(pattern);
        _patterns.Insert(IndexOf<T>() + 1, pattern);
        return this;
    }

    /// <summary>Takes out the pattern of type <typeparamref name="T"/>.</summary>
    public SpeakerPatternList Remove<T>() where T : ISpeakerPattern
    {
        _patterns.RemoveAt(IndexOf<T>());
        return this;
    }

    /// <summary>The frozen reader of this order.</summary>
    public VerbCueReader Build() => new([.. _patterns]);

    private int IndexOf<T>() where T : ISpeakerPattern
    {
        int index = _patterns.FindIndex(p => p is T);
        return index >= 0 ? index : throw new InvalidOperationException($"no speaker pattern of type {typeof(T).Name} in the list");
    }
}
