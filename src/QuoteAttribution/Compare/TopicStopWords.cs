using System.Collections.Frozen;
using System.Reflection;

namespace QuoteAttribution.Compare;

/// <summary>The words of <c>Lexicons/topic-stop-words.txt</c>: never a topic alone, stripped from name edges.</summary>
internal static class TopicStopWords
{
    private const string ResourceName = "QuoteAttribution.Lexicons.topic-stop-words.txt";

    /// <summary>The lower-case entries.</summary>
    public static FrozenSet<string> Words { get; } = Load();

    private static FrozenSet<string> Load()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded lexicon {ResourceName} is missing");
        using StreamReader reader = new(stream);
        List<string> words = [];
        while (reader.ReadLine() is string line)
        {
            string entry = line.Trim();
            if (entry.Length > 0 && !entry.StartsWith('#'))
            {
                words.Add(entry);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
