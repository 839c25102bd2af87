using QuoteAttribution.Normalization;
using QuoteAttribution.Sieves;

namespace QuoteAttribution.Pipeline;

/// <summary>Configures and builds an <see cref="AttributionPipeline"/>.</summary>
/// <example><code>var pipeline = new AttributionPipelineBuilder().UseDefaultSieves().Build();</code></example>
public sealed class AttributionPipelineBuilder
{
    private AttributionOptions _options = AttributionOptions.Default;

    /// <summary>The sieves in the order they will run; edit before <see cref="Build"/>.</summary>
    public List<IAttributionSieve> Sieves { get; } = [];

    /// <summary>The boilerplate rules; edit before <see cref="Build"/>.</summary>
    public List<IBoilerplateRule> BoilerplateRules { get; } = [.. ArticleNormalizer.DefaultRules];

    /// <summary>The default sieves, strictest first.</summary>
    public static IReadOnlyList<IAttributionSieve> DefaultSieves { get; } =
    [
        new TrailingCueSieve(),
        new LeadingCueSieve(),
        new AccordingToSieve(),
        new AsSayingSieve(),
        new ReportedSpeechSieve(),
        new HeadlineColonSieve(),
        new SignatureSieve(),
        new ParticipleSieve(),
        new CoordinatedSieve(),
        new SentenceCueSieve(),
        new ColonLeadInSieve(),
        new SentenceSubjectSieve(),
        new ParagraphContinuationSieve(),
        new PreviousCueSieve(),
        new NearestSpeakerSieve(),
    ];

    /// <summary>Replaces the options.</summary>
    public AttributionPipelineBuilder WithOptions(AttributionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        return this;
    }

    /// <summary>Registers the default attribution sieves in their default order.</summary>
    public AttributionPipelineBuilder UseDefaultSieves()
    {
        Sieves.Clear();
        Sieves.AddRange(DefaultSieves);
        return this;
    }

    /// <summary>Inserts <paramref name="sieve"/> before the first sieve of type <typeparamref name="T"/>.</summary>
    public AttributionPipelineBuilder InsertBefore<T>(IAttributionSieve sieve) where T : IAttributionSieve
    {
        int at = Sieves.FindIndex(s => s is T);
        Sieves.Insert(at < 0 ? Sieves.Count : at, sieve);
        return this;
    }

    /// <summary>Removes every sieve of type <typeparamref name="T"/>.</summary>
    public AttributionPipelineBuilder Remove<T>() where T : IAttributionSieve
    {
        Sieves.RemoveAll(s => s is T);
        return this;
    }

    /// <summary>Keeps only the sieves whose <see cref="IAttributionSieve.Name"/> is listed, in the listed order.</summary>
    public AttributionPipelineBuilder OnlySieves(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        List<IAttributionSieve> chosen = [.. names.Select(n => DefaultSieves.FirstOrDefault(s => s.Name == n)
            ?? throw new ArgumentException($"no sieve named '{n}'", nameof(names)))];
        Sieves.Clear();
        Sieves.AddRange(chosen);
        return this;
    }

    /// <summary>Freezes the configuration into a thread-safe pipeline.</summary>
    public AttributionPipeline Build() => new(_options, [.. BoilerplateRules], [.. Sieves]);
}
