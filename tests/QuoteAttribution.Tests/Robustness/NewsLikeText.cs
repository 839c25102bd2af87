using System.Text;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>Deterministic news-like text of any length in one paragraph: many cues, quotes, names and pronouns.</summary>
internal static class NewsLikeText
{
    private static readonly string[] Sentences =
    [
        "\"We will not back down,\" said Mayor Jane Smith.",
        "Smith told reporters that the talks had failed.",
        "According to a senior official, the deal is dead.",
        "He added: \"No comment.\"",
        "The weather was fine on Tuesday.",
        "\u201CIt is over,\u201D she said. \u201CWe won.\u201D",
        "Lavrov was quoted as saying \"nothing has changed\".",
        "President Ahmed al-Saadi said the army would stay in the city for now.",
        "The spokesman said the ministry would answer later.",
        "Sergei Lavrov, the foreign minister, said on Wednesday that Russia was ready.",
    ];

    public static string Build(int length)
    {
        StringBuilder text = new(length + 100);
        for (int i = 0; text.Length < length; i++)
        {
            // A fixed shuffle (7 is coprime with the count) so neighbours vary without randomness.
            text.Append(Sentences[i * 7 % Sentences.Length]).Append(' ');
        }

        return text.ToString(0, length);
    }
}
