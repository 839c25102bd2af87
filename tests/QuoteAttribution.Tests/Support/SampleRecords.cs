using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Tests.Support;

/// <summary>Hand-made records for writer tests (the analyzer is tested elsewhere).</summary>
internal static class SampleRecords
{
    public static QuoteRecord Direct(string article = "a1", int n = 1, string text = "We will not back down") => new()
    {
        Article = article,
        QuoteId = $"{article}#{n}",
        Kind = StatementKind.Direct,
        Text = text,
        Start = 1,
        End = 1 + text.Length,
        Speaker = "Jane Smith",
        SpeakerId = "jane-smith",
        SpeakerType = SpeakerType.Person,
        SpeakerMention = "Mayor Jane Smith",
        SpeakerStart = 30,
        SpeakerEnd = 46,
        Role = "Mayor",
        Affiliation = "Springfield",
        Cue = "said",
        Addressee = "reporters",
        Date = new DateOnly(2016, 10, 5),
        Rule = "trailing-cue",
        Confidence = 0.85,
    };

    public static QuoteRecord Unresolved(string article = "a1", int n = 2, string text = "It was quiet") => new()
    {
        Article = article,
        QuoteId = $"{article}#{n}",
        Kind = StatementKind.Indirect,
        Text = text,
        Start = 100,
        End = 100 + text.Length,
    };

    /// <summary>Text that tries every CSV and Markdown edge at once.</summary>
    public const string Awkward = "He said \"no\", then: a|b\\c\r\nline two\nline three, é ü 中文 \U0001F600";
}
