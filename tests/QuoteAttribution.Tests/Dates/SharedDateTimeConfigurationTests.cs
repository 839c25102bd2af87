using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using NUnit.Framework;
using QuoteAttribution.Dates;

namespace QuoteAttribution.Tests.Dates;

public sealed class SharedDateTimeConfigurationTests
{
    // Invented sentences with every kind of expression the merged model tells apart: days, parts of days,
    // times, spans, durations, sets, holidays, ranges, modifiers, alternatives and none.
    private static readonly string[] Sentences =
    [
        "the mayor said on Wednesday that the bridge would reopen",
        "police said Thursday morning the road was closed",
        "the union said yesterday afternoon it would accept",
        "two days ago the ministry said the border was open",
        "she spoke last Friday and again on Oct. 3",
        "on Oct. 6, 2014 the court ruled",
        "the report of 2014-10-06 was late",
        "the talks ran from Monday to Friday",
        "before Tuesday nothing will change",
        "since Friday the shops have been shut",
        "every Monday the council meets at 3pm",
        "the board meets twice a week and each Tuesday evening",
        "the market opens daily at dawn",
        "the fair opens on Christmas Day",
        "last week and last month were quiet",
        "the plant closed in October 2015",
        "it will take three hours",
        "on Monday or Tuesday the result is due",
        "around noon on Saturday the crowd left",
        "the 4th of July parade was cancelled",
        "early Monday the storm reached the coast",
        "the vote is due within two weeks",
        "tonight the council will decide",
        "the statement named no day at all",
    ];

    [Test]
    public void SharedModel_ReadsEverySentenceAsTheLibrarysMergedModel()
    {
        DateTimeModel library = (DateTimeModel)new DateTimeRecognizer(Culture.English, DateTimeOptions.None).GetDateTimeModel();
        DateTimeModel shared = PhraseReader.BuildModel();
        DateTime reference = new(2015, 10, 8, 12, 0, 0, DateTimeKind.Unspecified);

        string[] expected = [.. Sentences.SelectMany(s => Describe(library.Parse(s, reference)))];
        string[] actual = [.. Sentences.SelectMany(s => Describe(shared.Parse(s, reference)))];

        Assert.That(expected, Has.Length.GreaterThan(Sentences.Length), "the library's model read too little to compare");
        Assert.That(actual, Is.EqualTo(expected));
    }

    private static IEnumerable<string> Describe(List<ModelResult> results) =>
        results.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Start}-{r.End} {r.TypeName} {r.Text}: {Values(r)}"));

    private static string Values(ModelResult result) =>
        result.Resolution is not null && result.Resolution.TryGetValue("values", out object? values) && values is IEnumerable<IDictionary<string, string>> entries
            ? string.Join(" | ", entries.Select(e => string.Join(",", e.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value))))
            : "";
}
