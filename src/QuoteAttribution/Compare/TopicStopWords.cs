using System.Collections.Frozen;
using QuoteAttribution.Lexicons;

namespace QuoteAttribution.Compare;

/// <summary>The words of <c>Lexicons/topic-stop-words.txt</c>: never a topic alone, stripped from name edges.</summary>
internal static class TopicStopWords
{
    /// <summary>The entries (looked up with lower-case keys).</summary>
    public static FrozenSet<string> Words { get; } = Lexicon.Load("topic-stop-words.txt");
}
