using QuoteAttribution.Lexicons;
using QuoteAttribution.Text;

namespace QuoteAttribution.Entities;

/// <summary>
/// The entity lexicons, loaded once per process. Every set and map ignores case, and each has a span
/// lookup so that words can be tested in place without allocating a string.
/// </summary>
internal static class EntityLexicons
{
    public static readonly WordSet Titles = Set("titles.txt");
    public static readonly WordSet Honorifics = Set("honorifics.txt");
    public static readonly WordSet Ranks = Set("ranks.txt");
    public static readonly WordSet Roles = Set("roles.txt");
    public static readonly WordSet TitleHeads = Set("title-heads.txt");
    public static readonly WordSet RoleModifiers = Set("role-modifiers.txt");
    public static readonly WordSet Organizations = Set("organizations.txt");
    public static readonly WordSet Groups = Set("groups.txt");
    public static readonly WordSet People = Set("people.txt");
    public static readonly WordSet DocumentNouns = Set("document-nouns.txt");
    public static readonly WordSet CollectiveNouns = Set("collective-nouns.txt");
    public static readonly WordSet GroupOpeners = Set("group-openers.txt");
    public static readonly WordSet NameParticles = Set("name-particles.txt");
    public static readonly WordSet NameSuffixes = Set("name-suffixes.txt");
    public static readonly WordSet NameOpeners = Set("name-openers.txt");
    public static readonly WordSet Parties = Set("parties.txt");
    public static readonly WordSet NotRoles = Set("not-roles.txt");
    public static readonly WordSet TitleStopWords = Set("title-stop-words.txt");
    public static readonly WordMap Countries = Map("countries.txt");
    public static readonly WordSet Regions = Set("regions.txt");
    public static readonly WordSet PlaceNouns = Set("place-nouns.txt");
    public static readonly WordMap Anonymous = Map("anonymous.txt");
    public static readonly WordMap Pronouns = Map("pronouns.txt");
    public static readonly WordMap GenderedWords = Map("gendered-words.txt");
    public static readonly WordMap FirstNames = Map("first-names.txt");
    public static readonly WordMap TitleAbbreviations = Map("title-abbreviations.txt");

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

    private static WordSet Set(string file) =>
        new(Lexicon.Load(file));

    private static WordMap Map(string file) =>
        new(Lexicon.LoadMap(file));
}
