using System.Collections.Immutable;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Evaluation;

/// <summary>
/// Scores system statements against gold articles exactly as <c>../shared/eval/score.py</c> does,
/// and adds breakdowns by kind, rule and article.
/// </summary>
/// <example><code>
/// GoldFile gold = GoldFile.Read("ggt_dev.jsonl");
/// var pipeline = new AttributionPipelineBuilder().UseDefaultSieves().Build();
/// EvaluationReport report = Evaluator.Evaluate(gold.Articles, SystemRecords.FromPipeline(pipeline, gold.Articles),
///     EvaluationOptions.Default with { Resolved = true });
/// Console.WriteLine(report.Headline);
/// </code></example>
public static class Evaluator
{
    private const int ErrorTextLength = 90;

    /// <summary>Runs <paramref name="pipeline"/> on the gold articles and scores what it returns.</summary>
    public static EvaluationReport Evaluate(IReadOnlyList<GoldArticle> gold, AttributionPipeline pipeline, EvaluationOptions options) =>
        Evaluate(gold, SystemRecords.FromPipeline(pipeline, gold), options);

    /// <summary>Scores <paramref name="system"/> against <paramref name="gold"/>.</summary>
    public static EvaluationReport Evaluate(IReadOnlyList<GoldArticle> gold, SystemRecords system, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(options);
        Tally tally = new(options.MaxErrors);
        foreach (GoldArticle article in gold)
        {
            ScoreArticle(article, system.Of(article.Id), options, tally);
        }

        return tally.ToReport(options, gold.Count, system.Problems.Length);
    }

    private static void ScoreArticle(GoldArticle article, ImmutableArray<SystemStatement> records, EvaluationOptions options, Tally tally)
    {
        CodePointMap map = new(article.Text);
        List<GoldStatement> g = [.. article.Statements.Where(q => options.Kinds.Contains(q.Kind) && q.End > q.Start)];
        List<SystemStatement> s = [.. records.Where(r => r.Kind is not null && options.Kinds.Contains(r.Kind))];
        List<(long, long)> goldSpans = [.. g.Select(q => ((long)q.Start, (long)q.End))];
        List<(long, long)> systemSpans = [.. s.Select(r => ((long)map.ToCodePoint(r.Start), (long)map.ToCodePoint(r.End)))];

        List<(int Gold, int System)> matched = StatementMatcher.Match(goldSpans, systemSpans, options.Tau);
        int strict = StatementMatcher.Match(goldSpans, systemSpans, options.StrictTau).Count;
        HashSet<int> usedGold = [.. matched.Select(m => m.Gold)];
        HashSet<int> usedSystem = [.. matched.Select(m => m.System)];
        int speakerRight = 0;

        foreach ((int i, int j) in matched)
        {
            bool right = SpeakerCheck.IsRight(s[j], g[i], map, options.Resolved);
            speakerRight += right ? 1 : 0;
            tally.Found(g[i].Kind, s[j], right);
            if (!right)
            {
                tally.Error(new EvaluationError(
                    EvaluationErrorKind.WrongSpeaker, article.Id, CodePointMap.Prefix(g[i].Text, ErrorTextLength),
                    g[i].Speaker, s[j].Speaker, s[j].SpeakerMention, s[j].Rule));
            }
        }

        for (int i = 0; i < g.Count; i++)
        {
            tally.GoldStatement(g[i].Kind);
            if (!usedGold.Contains(i))
            {
                tally.Error(new EvaluationError(
                    EvaluationErrorKind.Missed, article.Id, CodePointMap.Prefix(g[i].Text, ErrorTextLength),
                    g[i].Speaker, null, null, null));
            }
        }

        for (int j = 0; j < s.Count; j++)
        {
            tally.SystemStatement(s[j]);
            if (!usedSystem.Contains(j))
            {
                string text = map.Slice(article.Text, systemSpans[j].Item1, systemSpans[j].Item2);
                tally.Error(new EvaluationError(
                    EvaluationErrorKind.Spurious, article.Id, CodePointMap.Prefix(text, ErrorTextLength),
                    null, s[j].Speaker, s[j].SpeakerMention, s[j].Rule));
            }
        }

        tally.Article(new ArticleScore(article.Id, g.Count, s.Count, matched.Count, speakerRight), strict);
    }
}
