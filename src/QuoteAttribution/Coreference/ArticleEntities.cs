using QuoteAttribution.Entities;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Sieves;
using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>
/// The entities of one article, built once before any mention is resolved: the named persons with every
/// mention (full names, surnames, names in subject position, each with its parsed role, age and gender), the
/// fullest name of each, the gender and the first description the article gives a person, the organisations
/// that speak (<see cref="Organizations"/>), the acronyms the article spells out (<see cref="Acronyms"/>) and
/// the paragraphs that are photo captions. The resolver sieves read this model; none of them scans the
/// article again.
/// </summary>
internal sealed class ArticleEntities
{
    private readonly Dictionary<string, Gender> _genderByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonMention> _firstDescribed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _describing = new(StringComparer.Ordinal);
    private readonly bool[] _captions;

    private BodyNames? _bodies;
    private DocumentAuthors? _documents;

    public ArticleEntities(string text, SieveContext context)
    {
        Text = text;
        Context = context;
        Mentions = new ParsedMentions(text);
        People = PersonMention.Collect(text, context, Mentions);
        Names = new CanonicalNames([.. People.Select(p => p.Name).Distinct(StringComparer.Ordinal)]);
        Organizations = new OrganizationMentions(this);
        Acronyms = new AcronymExpansions(text);
        _captions = [.. context.Paragraphs.Select(p => PhotoCaptions.EndsWithPhotoCredit(p.Span.Of(text)))];
        foreach (PersonMention person in People)
        {
            if (person.Parsed.Gender is Gender.Male or Gender.Female)
            {
                _genderByName.TryAdd(Names.Canonical(person.Name), person.Parsed.Gender);
            }

            if (person.Parsed.Role.Length > 0)
            {
                _firstDescribed.TryAdd(Names.Canonical(person.Name), person);
            }
        }
    }

    /// <summary>The article's text.</summary>
    public string Text { get; }

    /// <summary>The statements, cues, sentences and paragraphs, with the sieves' decisions.</summary>
    public SieveContext Context { get; }

    /// <summary>Every span's parse, shared with the people's mentions.</summary>
    public ParsedMentions Mentions { get; }

    /// <summary>Every mention of a named person, sorted by start.</summary>
    public List<PersonMention> People { get; }

    /// <summary>The fullest name of each name the people's mentions write.</summary>
    public CanonicalNames Names { get; }

    /// <summary>The organisations that speak, and the organisation nouns that stand for them.</summary>
    public OrganizationMentions Organizations { get; }

    /// <summary>Names of bodies the lexicons cannot type (brands, one-word names), found on the first question.</summary>
    public BodyNames Bodies => _bodies ??= new BodyNames(this);

    /// <summary>The authors of the documents the article introduces, found on the first question.</summary>
    public DocumentAuthors Documents => _documents ??= new DocumentAuthors(this);

    /// <summary>The capitalised names the article's acronyms abbreviate.</summary>
    public AcronymExpansions Acronyms { get; }

    /// <summary>The gender a mention of the person gives, by fullest name; Unknown when none does.</summary>
    public Gender GenderOf(string canonicalName) => _genderByName.GetValueOrDefault(canonicalName, Gender.Unknown);

    /// <summary>The person's first mention with a role, by fullest name; its role and affiliation describe the person.</summary>
    public PersonMention? FirstDescribed(string canonicalName) => _firstDescribed.GetValueOrDefault(canonicalName);

    /// <summary>
    /// The indexes in <see cref="People"/> of the mentions whose role holds <paramref name="roleHead"/>, found once
    /// per head and article, not once per statement (that was quadratic).
    /// </summary>
    public List<int> Describing(string roleHead)
    {
        if (!_describing.TryGetValue(roleHead, out List<int>? indexes))
        {
            indexes = [.. Enumerable.Range(0, People.Count).Where(i => People[i].Describes(roleHead))];
            _describing.Add(roleHead, indexes);
        }

        return indexes;
    }

    /// <summary>
    /// "Ann Lee looks at the photos in 1999. (THE HARWICK PRESS FILE PHOTO)": a caption ending in a photo
    /// credit describes a picture; the people in it are no antecedents for the story's "he".
    /// </summary>
    public bool IsPhotoCaption(int paragraph) => _captions[paragraph];

    /// <summary>The index of the last person mention that starts before <paramref name="position"/>, or -1.</summary>
    public int LastPersonStartingBefore(int position) =>
        Sorted.FirstAtOrAfter(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(People), position, static p => p.Span.Start) - 1;

    /// <summary>The paragraph that holds <paramref name="position"/>.</summary>
    public int ParagraphOf(int position) =>
        Math.Max(0, Sorted.LastAtOrBefore(Context.Paragraphs.AsSpan(), position, static p => p.Span.Start));
}
