using QuoteAttribution.Text;

namespace QuoteAttribution.Normalization;

/// <summary>One kind of page furniture to blank out before analysis.</summary>
public interface IBoilerplateRule
{
    /// <summary>Stable kebab-case id of the rule.</summary>
    string Name { get; }

    /// <summary>The spans of <paramref name="lines"/> this rule removes.</summary>
    IEnumerable<TextSpan> Find(string text, IReadOnlyList<TextSpan> lines);
}
