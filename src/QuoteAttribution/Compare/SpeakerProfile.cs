using System.Collections.Immutable;
using System.Globalization;
using QuoteAttribution.Entities;
using QuoteAttribution.Speakers;

namespace QuoteAttribution.Compare;

/// <summary>
/// One official across a corpus, for a profile page: the roles they were given over time, how many
/// statements they made each month, and what they spoke about most. Made by <see cref="SpeakerProfiles"/>.
/// </summary>
/// <param name="Key">The speaker's grouping key, as <see cref="SpeakerSummary.Key"/> and the report's <c>speaker_key</c>.</param>
/// <param name="Name">The name shown for the speaker (<see cref="SpeakerSummary.Name"/>).</param>
/// <param name="Type">The speaker type.</param>
/// <param name="Statements">All statements of the speaker, dated or not.</param>
/// <param name="Roles">Each distinct role and affiliation pair, by first date (undated last), then by statements.</param>
/// <param name="Months">Statements per calendar month from the first dated month to the last, months without a statement included (count 0).</param>
/// <param name="Undated">Statements without a resolved date (in no month).</param>
/// <param name="Topics">The key terms the speaker named most, most statements first (at most the requested number).</param>
public sealed record SpeakerProfile(
    string Key,
    string Name,
    SpeakerType Type,
    int Statements,
    ImmutableArray<ProfileRole> Roles,
    ImmutableArray<MonthCount> Months,
    int Undated,
    ImmutableArray<ProfileTopic> Topics);

/// <summary>One role a speaker was given, with when and how often.</summary>
/// <param name="Role">The role as the records write it (<c>Foreign Minister</c>); empty when only an affiliation was given.</param>
/// <param name="Affiliation">The affiliation given with it (<c>Russia</c>); may be empty.</param>
/// <param name="Statements">Statements that carried this role and affiliation.</param>
/// <param name="FirstDate">The earliest statement date with it, or null when none was dated.</param>
/// <param name="LastDate">The latest statement date with it, or null when none was dated.</param>
public sealed record ProfileRole(string Role, string Affiliation, int Statements, DateOnly? FirstDate, DateOnly? LastDate);

/// <summary>The statements of one calendar month.</summary>
/// <param name="Year">The year (<c>2016</c>).</param>
/// <param name="Month">The month, 1 to 12.</param>
/// <param name="Statements">Statements dated in that month.</param>
public readonly record struct MonthCount(int Year, int Month, int Statements)
{
    /// <summary>The month as <c>yyyy-MM</c> (<c>2016-03</c>), culture-invariant.</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}

/// <summary>A key term a speaker named, in its normalised form.</summary>
/// <param name="Term">The term as shown (<c>Islamic State</c>, <c>Russia</c> for <c>Russian</c>).</param>
/// <param name="Statements">How many of the speaker's statements name it.</param>
public sealed record ProfileTopic(string Term, int Statements);
