using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>
/// One speech verb as the speaker patterns see it: the sentence, the verb, the cues found before it, and
/// the positions the patterns share, each worked out once on first use (where the subject ends once
/// brackets, auxiliaries and adverbs are skipped).
/// </summary>
internal sealed class VerbSite
{
    private int? _progressiveSubjectEnd;
    private bool _progressiveRead;
    private int _beforeSubject = Unread;
    private int _head = Unread;
    private bool _auxiliary;
    private bool _negated;
    private Cue? _basic;
    private Cue? _inverted;
    private bool _invertedRead;

    private const int Unread = int.MinValue;

    public VerbSite(SentenceView view, int verb, SpeechVerb speechVerb, List<Cue> earlier)
    {
        View = view;
        Verb = verb;
        SpeechVerb = speechVerb;
        Earlier = earlier;

        // "Sen. Ann Marsh (D-Ore.) said": a parenthesis between the name and the verb is skipped.
        AfterBrackets = Brackets.SkipBackwards(view, verb - 1);
        GoesOn = speechVerb.Form == VerbForm.Base && view.Is(AfterBrackets, "to") && view.Is(AfterBrackets - 1, "on") && view.IsWord(AfterBrackets - 2)
            && view.Word(AfterBrackets - 2) is "go" or "goes" or "went" or "gone" or "going";
        // "sought to cast": a verb whose past is its lemma is read as a past, yet after "to" it is the base form.
        AfterCatenative = (speechVerb.Form == VerbForm.Base || view.Is(verb, speechVerb.Lemma)) && view.Is(AfterBrackets, "to") && view.IsWord(AfterBrackets - 1)
            && WordClasses.Catenatives.Contains(view.Word(AfterBrackets - 1));
    }

    /// <summary>The sentence.</summary>
    public SentenceView View { get; }

    /// <summary>The verb's token.</summary>
    public int Verb { get; }

    /// <summary>The verb as the lexicon knows it.</summary>
    public SpeechVerb SpeechVerb { get; }

    /// <summary>The cues found earlier in the sentence (a joined verb replaces the last one).</summary>
    public List<Cue> Earlier { get; }

    /// <summary>True for a gerund (<c>saying</c>).</summary>
    public bool IsGerund => SpeechVerb.Form == VerbForm.Gerund;

    /// <summary>The token before the verb once a bracketed tag before it is skipped.</summary>
    public int AfterBrackets { get; }

    /// <summary>True for <c>went on to say</c>: the speaker is the subject of "go on".</summary>
    public bool GoesOn { get; }

    /// <summary>True for <c>continued to portray</c>, <c>sought to cast</c>: the speaker is the subject of the catenative verb.</summary>
    public bool AfterCatenative { get; }

    /// <summary>The cue of the verb before its speaker and content are read.</summary>
    public Cue Basic => _basic ??= BareCue(View, Verb, SpeechVerb);

    /// <summary>
    /// Where the subject of a progressive gerund ends (<c>Iraqi state TV is reporting</c>, <c>she was heard
    /// saying</c>), or null when the gerund has no "be" or "heard" before it.
    /// </summary>
    public int? ProgressiveSubjectEnd
    {
        get
        {
            if (!_progressiveRead)
            {
                _progressiveSubjectEnd = IsGerund ? Progressive.SubjectEnd(View, AdverbsBeforeVerb) : null;
                _progressiveRead = true;
            }

            return _progressiveSubjectEnd;
        }
    }

    /// <summary>The token before the adverbs right before a gerund (<c>is already reporting</c> → <c>is</c>).</summary>
    public int AdverbsBeforeVerb => Progressive.SkipAdverbs(View, AfterBrackets);

    /// <summary>The token the subject search starts from: before "go on to" or "continued to", or the progressive subject's end.</summary>
    public int BeforeGap => IsGerund ? ProgressiveSubjectEnd ?? AfterBrackets : GoesOn ? AfterBrackets - 3 : AfterCatenative ? AfterBrackets - 2 : AfterBrackets;

    /// <summary>The token before the auxiliaries, negations and adverbs in front of the verb.</summary>
    public int BeforeSubject
    {
        get
        {
            ReadGap();
            return _beforeSubject;
        }
    }

    /// <summary>True when an auxiliary stands before the verb (<c>has said</c>, <c>went on to say</c>).</summary>
    public bool Auxiliary
    {
        get
        {
            ReadGap();
            return _auxiliary;
        }
    }

    /// <summary>True when a negation stands before the verb (<c>would not say</c>).</summary>
    public bool Negated
    {
        get
        {
            ReadGap();
            return _negated;
        }
    }

    /// <summary>
    /// The token the subject patterns read back from: <see cref="BeforeSubject"/>, or after an earlier cue the
    /// "and" of <c>and in a written reply said</c>.
    /// </summary>
    public int Head
    {
        get
        {
            if (_head == Unread)
            {
                _head = Earlier.Count > 0 && AdverbialCoordination.AndBefore(View, BeforeSubject) is int and ? and : BeforeSubject;
            }

            return _head;
        }
    }

    /// <summary>The speaker named after the verb (<c>said Captain Jeff Davis</c>), or null.</summary>
    public Cue? Inverted
    {
        get
        {
            if (!_invertedRead)
            {
                _inverted = InvertedSpeaker.Read(View, Verb, Basic);
                _invertedRead = true;
            }

            return _inverted;
        }
    }

    /// <summary>The cue of <paramref name="verb"/> at token <paramref name="k"/>, before its speaker and content are read.</summary>
    public static Cue BareCue(SentenceView s, int k, SpeechVerb verb) => new()
    {
        Sentence = s.Sentence.Index,
        Trigger = s.Tokens[k].Span,
        Lemma = verb.Lemma,
        Kind = CueKind.SubjectVerb,
        IsWeak = verb.IsWeak,
        IsBelief = verb.IsBelief,
        TakesObject = verb.TakesObject,
        ClauseStart = s.Tokens[k].Span.Start,
        ClauseEnd = s.Tokens[k].Span.End,
    };

    /// <summary>The cue with its listener and content start read after the verb.</summary>
    public Cue WithContent(Cue cue, bool frontedAs = false) => ContentStart.After(View, Verb, SpeechVerb, cue, frontedAs);

    /// <summary>The span of tokens <paramref name="from"/> to <paramref name="to"/>.</summary>
    public TextSpan Span(int from, int to) => View.Span(from, to);

    private void ReadGap()
    {
        if (_beforeSubject != Unread)
        {
            return;
        }

        int j = SubjectVerbGap.Skip(View, BeforeGap, out _auxiliary, out _negated);
        // The catenative verb agrees with the subject; the base form after "to" need not.
        _auxiliary |= GoesOn || AfterCatenative;

        // "Ann Marsh (D-Ore.) last week said": the brackets may come before the time words too.
        if (j < Verb - 1 && View.IsPunct(j, ')'))
        {
            j = Brackets.SkipBackwards(View, j);
        }

        _beforeSubject = j;
    }
}
