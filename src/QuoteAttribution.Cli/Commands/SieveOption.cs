using System.CommandLine;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Cli.Commands;

/// <summary><c>--sieves a,b,c</c>: run only the named sieves, in that order (the builder's <c>OnlySieves</c>).</summary>
internal static class SieveOption
{
    /// <summary>The option; an unknown name is a command-line error that lists the valid ones.</summary>
    public static Option<string[]> Create()
    {
        Option<string[]> option = new("--sieves")
        {
            Description = "Run only these attribution sieves, in this order (comma-separated ids; for debugging rules).",
            HelpName = "a,b,c",
            CustomParser = result => [.. result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
        };
        option.Validators.Add(result =>
        {
            string[] known = [.. AttributionPipelineBuilder.DefaultSieves.Select(s => s.Name)];
            foreach (string name in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!known.Contains(name, StringComparer.Ordinal))
                {
                    result.AddError($"--sieves: no sieve named '{name}'; the sieves are {string.Join(',', known)}.");
                }
            }
        });
        return option;
    }

    /// <summary>The names given with <paramref name="option"/>, or null when it was not given (all default sieves run).</summary>
    public static IReadOnlyList<string>? Names(ParseResult parseResult, Option<string[]> option) =>
        parseResult.GetResult(option) is { Implicit: false } ? parseResult.GetValue(option) ?? [] : null;
}
