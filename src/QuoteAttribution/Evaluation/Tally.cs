namespace QuoteAttribution.Evaluation;

/// <summary>The running counts of one evaluation; <see cref="Evaluator"/> feeds it, then freezes it into a report.</summary>
internal sealed class Tally(int maxErrors)
{
    /// <summary>The rule name shown for records that carry none.</summary>
    public const string NoRule = "(none)";

    private readonly Dictionary<string, int[]> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _rules = new(StringComparer.Ordinal);
    private readonly List<ArticleScore> _articles = [];
    private readonly List<EvaluationError> _errors = [];
    private int _strict;

    // Slots of the per-kind counters.
    private const int KindGold = 0, KindFound = 1, KindSpeakerRight = 2, KindSystem = 3, KindSystemMatched = 4;

    // Slots of the per-rule counters.
    private const int RuleRecords = 0, RuleMatched = 1, RuleSpeakerRight = 2;

    public void GoldStatement(string kind) => Counters(_kinds, kind, 5)[KindGold]++;

    public void SystemStatement(SystemStatement s)
    {
        Counters(_kinds, s.Kind!, 5)[KindSystem]++;
        Counters(_rules, RuleOf(s), 3)[RuleRecords]++;
    }

    public void Found(string goldKind, SystemStatement s, bool speakerRight)
    {
        int right = speakerRight ? 1 : 0;
        int[] kind = Counters(_kinds, goldKind, 5);
        kind[KindFound]++;
        kind[KindSpeakerRight] += right;
        Counters(_kinds, s.Kind!, 5)[KindSystemMatched]++;
        int[] rule = Counters(_rules, RuleOf(s), 3);
        rule[RuleMatched]++;
        rule[RuleSpeakerRight] += right;
    }

    public void Error(EvaluationError error)
    {
        if (_errors.Count < maxErrors)
        {
            _errors.Add(error);
        }
    }

    public void Article(ArticleScore score, int strictMatched)
    {
        _articles.Add(score);
        _strict += strictMatched;
    }

    public EvaluationReport ToReport(EvaluationOptions options, int articles, int unreadableRecords)
    {
        IEnumerable<KindScore> kinds = _kinds
            .OrderBy(p => KindOrder(p.Key)).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new KindScore(p.Key, p.Value[KindGold], p.Value[KindFound], p.Value[KindSpeakerRight], p.Value[KindSystem], p.Value[KindSystemMatched]));
        IEnumerable<RuleScore> rules = _rules
            .Select(p => new RuleScore(p.Key, p.Value[RuleRecords], p.Value[RuleMatched], p.Value[RuleSpeakerRight]))
            .OrderByDescending(r => r.Wrong).ThenByDescending(r => r.Records).ThenBy(r => r.Rule, StringComparer.Ordinal);
        return new EvaluationReport(
            options,
            articles,
            _articles.Sum(a => a.Gold),
            _articles.Sum(a => a.System),
            _articles.Sum(a => a.Matched),
            _strict,
            _articles.Sum(a => a.SpeakerRight),
            unreadableRecords,
            [.. kinds],
            [.. rules],
            [.. _articles],
            [.. _errors]);
    }

    private static string RuleOf(SystemStatement s) => string.IsNullOrWhiteSpace(s.Rule) ? NoRule : s.Rule;

    private static int KindOrder(string kind)
    {
        for (int i = 0; i < EvaluationOptions.AllKinds.Count; i++)
        {
            if (EvaluationOptions.AllKinds[i] == kind)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static int[] Counters(Dictionary<string, int[]> map, string key, int slots)
    {
        if (!map.TryGetValue(key, out int[]? counters))
        {
            map[key] = counters = new int[slots];
        }

        return counters;
    }
}
