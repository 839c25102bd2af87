namespace QuoteAttribution.Dates;

/// <summary>How a phrase's day is found from the dateline.</summary>
internal enum ReadingAnchor
{
    /// <summary>The TIMEX names calendar fields (<c>XXXX-WXX-3</c>, <c>XXXX-10-03</c>, <c>2014-10-06</c>); the news conventions fill in the rest.</summary>
    Calendar,

    /// <summary>A number of days from the dateline (<c>yesterday</c> -1, <c>two days ago</c> -2, <c>this morning</c> 0).</summary>
    DaysFromDateline,

    /// <summary>The last such weekday strictly before the dateline (<c>last Friday</c>).</summary>
    WeekdayBeforeDateline,
}

/// <summary>
/// What a temporal phrase says about its day, without the dateline: a TIMEX (TIMEX 2.0 as the recognizer
/// writes it) and how it is anchored. The same phrase reads the same in every article, so readings are cached
/// by phrase and each is resolved against the article's dateline.
/// </summary>
/// <param name="Timex">The TIMEX; for <see cref="ReadingAnchor.WeekdayBeforeDateline"/> the weekday (<c>XXXX-WXX-5</c>).</param>
/// <param name="Anchor">How the day follows from the dateline.</param>
/// <param name="Days">The shift for <see cref="ReadingAnchor.DaysFromDateline"/>, else 0.</param>
internal sealed record PhraseReading(string Timex, ReadingAnchor Anchor, int Days = 0);
