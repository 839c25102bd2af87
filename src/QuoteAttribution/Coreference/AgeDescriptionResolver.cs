using System.Globalization;

namespace QuoteAttribution.Coreference;

/// <summary>
/// "the 26-year-old winger said" → the person the article introduced with that age ("Tomas Brandt, 26," or
/// "26-year-old Tomas Brandt"), not the nearest name: an age is an attribute the description and the person
/// must agree on. With no person of that age, the next sieve decides.
/// </summary>
internal sealed class AgeDescriptionResolver : IMentionResolver
{
    private const string YearOld = "-year-old";

    /// <inheritdoc/>
    public ResolvedSpeaker? Resolve(SpeakerMention mention, MentionResolution resolution)
    {
        if (mention.Parsed.IsPronoun || !mention.Parsed.IsNominal || Age(mention.Words) is not { } age)
        {
            return null;
        }

        ArticleEntities entities = resolution.Entities;
        for (int i = entities.LastPersonStartingBefore(mention.Span.Start); i >= 0; i--)
        {
            PersonMention person = entities.People[i];
            if (person.Span.End <= mention.Span.Start && IntroducedWithAge(entities.Text, person, age))
            {
                return resolution.Person(person, mention);
            }
        }

        return null;
    }

    /// <summary>The age in "the 26-year-old winger", or null.</summary>
    private static string? Age(string words)
    {
        int at = words.IndexOf(YearOld, StringComparison.Ordinal);
        int start = at;
        while (start > 0 && char.IsAsciiDigit(words[start - 1]))
        {
            start--;
        }

        return at > start && at - start <= 3 ? words[start..at] : null;
    }

    /// <summary>"Tomas Brandt, 26,", "26-year-old Tomas Brandt" or "Tomas Brandt, a 26-year-old winger,".</summary>
    private static bool IntroducedWithAge(string text, PersonMention person, string age)
    {
        if (person.Appositive is { } appositive && appositive.Of(text).Contains(age + YearOld, StringComparison.Ordinal))
        {
            return true;
        }

        string after = string.Create(CultureInfo.InvariantCulture, $", {age}");
        int end = person.Span.End;
        if (string.CompareOrdinal(text, end, after, 0, after.Length) == 0
            && (end + after.Length == text.Length || !char.IsAsciiDigit(text[end + after.Length])))
        {
            return true;
        }

        string before = age + YearOld + " ";
        int start = person.Span.Start - before.Length;
        return start >= 0 && string.CompareOrdinal(text, start, before, 0, before.Length) == 0
            && (start == 0 || !char.IsAsciiDigit(text[start - 1]));
    }
}
