using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;
using QuoteAttribution.Evaluation;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Cli.Commands;

/// <summary><c>quotes eval</c>: precision, recall and F1 against annotated articles, scored as <c>score.py</c> scores.</summary>
internal static class EvalCommand
{
    private static readonly string[] BreakdownNames = ["rule", "kind", "article"];

    /// <summary>Builds the command with its options and action.</summary>
    public static Command Create()
    {
        Option<string> gold = new("--gold")
        {
            Description = "Gold JSONL file: one annotated article a line (id, text, quotes), offsets in code points.",
            Required = true,
        };
        Option<string> kinds = new("--kinds")
        {
            Description = "Score only these statement kinds, comma-separated: direct, mixed, indirect.",
            DefaultValueFactory = _ => "direct,mixed,indirect",
        };
        Option<bool> resolved = new("--resolved")
        {
            Description = "Gold speakers are resolved names (ggt_*.jsonl): only the system's resolved speaker counts.",
        };
        Option<string[]> by = new("--by")
        {
            Description = "Breakdown tables: rule, kind, article (comma-separated or repeated; default rule,kind).",
            DefaultValueFactory = _ => ["rule,kind"],
        };
        Option<int> errors = new("--errors")
        {
            Description = "List the first N errors (missed, spurious, wrong speaker).",
        };
        errors.WholeNumber();
        Option<bool> json = new("--json") { Description = "Print one JSON object instead of text." };
        Option<string?> records = new("--records")
        {
            Description = "Score this records JSONL file (as `quotes extract --format jsonl` writes) instead of running the analyzer.",
        };

        kinds.Validators.Add(result => RejectUnknown(result, result.GetValueOrDefault<string>(), EvaluationOptions.AllKinds, "--kinds"));
        by.Validators.Add(result => RejectUnknown(result, string.Join(",", result.GetValueOrDefault<string[]>()), BreakdownNames, "--by"));
        errors.AtLeast(0, "--errors must be 0 or more.");

        Command command = new("eval", "Precision, recall and F1 against annotated articles, overall, per kind and per rule.")
        {
            gold, kinds, resolved, by, errors, json, records,
        };
        command.SetAction(parse => Run(
            parse.GetValue(gold)!,
            parse.GetValue(records),
            new EvaluationOptions
            {
                Kinds = Split(parse.GetValue(kinds)).ToHashSet(StringComparer.Ordinal),
                Resolved = parse.GetValue(resolved),
                MaxErrors = parse.GetValue(errors),
            },
            ParseBreakdowns(parse.GetValue(by)),
            parse.GetValue(json)));
        return command;
    }

    private static int Run(string goldPath, string? recordsPath, EvaluationOptions options, Breakdowns breakdowns, bool json)
    {
        if (Load(goldPath, GoldFile.Read) is not GoldFile gold)
        {
            return ExitCodes.Usage;
        }

        SystemRecords? system = recordsPath is null
            ? SystemRecords.FromPipeline(new AttributionPipelineBuilder().UseDefaultSieves().Build(), gold.Articles)
            : Load(recordsPath, SystemRecords.Read);
        if (system is null)
        {
            return ExitCodes.Usage;
        }

        List<InputProblem> problems = [.. gold.Problems, .. system.Problems];
        foreach (InputProblem problem in problems)
        {
            Console.Error.WriteLine($"quotes eval: {problem}");
        }

        EvaluationReport report = Evaluator.Evaluate(gold.Articles, system, options);
        if (json)
        {
            using MemoryStream buffer = new();
            EvaluationJsonWriter.Write(buffer, report, breakdowns);
            Console.Out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }
        else
        {
            EvaluationTextWriter.Write(Console.Out, report, Path.GetFileName(goldPath), breakdowns);
        }

        return problems.Count > 0 ? ExitCodes.SomeInputUnreadable : ExitCodes.Success;
    }

    private static T? Load<T>(string path, Func<string, T> read)
        where T : class
    {
        try
        {
            return read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"quotes eval: cannot read {path}: {e.Message}");
            return null;
        }
    }

    private static Breakdowns ParseBreakdowns(string[]? values) =>
        (values ?? []).SelectMany(Split).Aggregate(Breakdowns.None, (all, name) => all | name switch
        {
            "rule" => Breakdowns.Rule,
            "kind" => Breakdowns.Kind,
            "article" => Breakdowns.Article,
            _ => Breakdowns.None,
        });

    private static void RejectUnknown(OptionResult result, string? value, IReadOnlyList<string> allowed, string option)
    {
        List<string> names = [.. Split(value)];
        if (names.Count == 0)
        {
            result.AddError($"{option} needs at least one of: {string.Join(", ", allowed)}.");
        }

        foreach (string name in names.Where(n => !allowed.Contains(n)))
        {
            result.AddError($"{option}: unknown value '{name}'; use {string.Join(", ", allowed)}.");
        }
    }

    private static IEnumerable<string> Split(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
