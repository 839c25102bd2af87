using System.Collections.Frozen;
using QuoteAttribution.Lexicons;

namespace QuoteAttribution.Entities;

/// <summary>
/// The entity lexicons, loaded once per process. Every set and map ignores case, and each has a span
/// lookup so that words can be tested in place without allocating a string.
/// </summary>
internal static class EntityLexicons
{
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = Set("titles.txt");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Honorifics = Set("honorifics.txt");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Ranks = Set("ranks.txt");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Roles = Set("roles.txt");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleHeads = Set("title-heads.txt");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleModifiers = Set("role-modifiers.txt");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Organizations = Set("organizations.txt");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Groups = Set("groups.txt");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> People = Set("people.txt");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DocumentNouns = Set("document-nouns.txt");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CollectiveNouns = Set("collective-nouns.txt");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GroupOpeners = Set("group-openers.txt");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameParticles = Set("name-particles.txt");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameSuffixes = Set("name-suffixes.txt");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Parties = Set("parties.txt");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotRoles = Set("not-roles.txt");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleStopWords = Set("title-stop-words.txt");
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Countries = Map("countries.txt");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Regions = Set("regions.txt");
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceNouns = Set("place-nouns.txt");
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Anonymous = Map("anonymous.txt");
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Pronouns = Map("pronouns.txt");
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> GenderedWords = Map("gendered-words.txt");
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> FirstNames = Map("first-names.txt");
    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> TitleAbbreviations = Map("title-abbreviations.txt");

    /// <summary>The longest multi-word entry in any entity lexicon, in words.</summary>
    public const int MaxUnitWords = 4;

    /// <summary>The anonymity kind of a word (<c>source</c>, <c>official</c>, <c>indefinite</c>, <c>definite</c>), or null.</summary>
    public static string? AnonymousKind(ReadOnlySpan<char> word) =>
        Anonymous.TryGetValue(word, out string? kind) ? kind : null;

    /// <summary>The gender a word tells (<c>Mr.</c>, <c>spokeswoman</c>, <c>Sergei</c>), if any.</summary>
    public static Gender GenderOf(ReadOnlySpan<char> word) =>
        GenderedWords.TryGetValue(word, out string? g) || FirstNames.TryGetValue(word, out g) ? FromCode(g) : Gender.Unknown;

    /// <summary>Maps a lexicon gender code (<c>m</c>, <c>f</c>, <c>p</c>, <c>n</c>) to <see cref="Gender"/>.</summary>
    public static Gender FromCode(string code) => code switch
    {
        "m" => Gender.Male,
        "f" => Gender.Female,
        "p" => Gender.Plural,
        "n" => Gender.Neuter,
        _ => Gender.Unknown,
    };

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(string file) =>
        Lexicon.Load(file).GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Map(string file) =>
        Lexicon.LoadMap(file).GetAlternateLookup<ReadOnlySpan<char>>();
}
