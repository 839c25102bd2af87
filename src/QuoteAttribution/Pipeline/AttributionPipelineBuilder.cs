namespace QuoteAttribution.Pipeline;

/// <summary>Configures and builds an <see cref="AttributionPipeline"/>.</summary>
/// <example><code>var pipeline = new AttributionPipelineBuilder().UseDefaultSieves().Build();</code></example>
public sealed class AttributionPipelineBuilder
{
    private AttributionOptions _options = AttributionOptions.Default;

    /// <summary>Replaces the options.</summary>
    public AttributionPipelineBuilder WithOptions(AttributionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        return this;
    }

    /// <summary>Registers the default attribution sieves in their default order.</summary>
    public AttributionPipelineBuilder UseDefaultSieves() => this;

    /// <summary>Freezes the configuration into a thread-safe pipeline.</summary>
    public AttributionPipeline Build() => new(_options);
}
