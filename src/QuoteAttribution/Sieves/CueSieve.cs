using QuoteAttribution.Statements;

namespace QuoteAttribution.Sieves;

/// <summary>
/// The shared shape of the sieves that read the cue a statement was found with: the speaker is the
/// cue's own speaker phrase. Each subclass names one pattern.
/// </summary>
public abstract class CueSieve : IAttributionSieve
{
    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <summary>How often this pattern names the right speaker, measured on annotated news.</summary>
    protected abstract double Confidence { get; }

    /// <inheritdoc/>
    public Attribution? TryAttribute(int index, SieveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Statement statement = context.Statements[index];
        if (statement.Rule != Name || statement.Cue is not { Speaker: not null } cue)
        {
            return null;
        }

        return new Attribution(index, cue.Speaker, Name, Confidence) { Cue = cue, Appositive = cue.Appositive };
    }
}

/// <summary>The cue follows the quote.</summary>
/// <example>"We will not back down," said Mayor Jane Smith. → Jane Smith</example>
public sealed class TrailingCueSieve : CueSieve
{
    /// <inheritdoc/>
    public override string Name => "trailing-cue";

    /// <inheritdoc/>
    protected override double Confidence => 0.95;
}

/// <summary>The cue comes before the quote.</summary>
/// <example>Jones noted: "They've made a really positive start." → Jones</example>
public sealed class LeadingCueSieve : CueSieve
{
    /// <inheritdoc/>
    public override string Name => "leading-cue";

    /// <inheritdoc/>
    protected override double Confidence => 0.92;
}

/// <summary>Reported speech: the subject of the speech verb.</summary>
/// <example>He said Iraqi forces were waging a battle. → He</example>
public sealed class ReportedSpeechSieve : CueSieve
{
    /// <inheritdoc/>
    public override string Name => "reported-speech";

    /// <inheritdoc/>
    protected override double Confidence => 0.85;
}

/// <summary>The speaker follows <c>according to</c>.</summary>
/// <example>They are facing "heavy resistance" in Raqqa, according to Jones. → Jones</example>
public sealed class AccordingToSieve : CueSieve
{
    /// <inheritdoc/>
    public override string Name => "according-to";

    /// <inheritdoc/>
    protected override double Confidence => 0.85;
}

/// <summary>The speaker is the object of <c>quoted ... as saying</c>.</summary>
/// <example>Al Hayat quoted a U.S. official as saying that "airstrikes would continue". → a U.S. official</example>
public sealed class AsSayingSieve : CueSieve
{
    /// <inheritdoc/>
    public override string Name => "as-saying";

    /// <inheritdoc/>
    protected override double Confidence => 0.85;
}

/// <summary>A headline that names its speaker before a colon.</summary>
/// <example>Lavrov: Only Syria has asked for Russian military support → Lavrov</example>
public sealed class HeadlineColonSieve : CueSieve
{
    /// <inheritdoc/>
    public override string Name => "headline-colon";

    /// <inheritdoc/>
    protected override double Confidence => 0.8;
}

/// <summary>A paragraph signed by its speaker: a pull quote or an embedded post.</summary>
/// <example>We cannot keep rebuilding the wall. Dana Whitlock, Port Alder harbour master → Dana Whitlock</example>
public sealed class SignatureSieve : CueSieve
{
    /// <inheritdoc/>
    public override string Name => "signature";

    /// <inheritdoc/>
    protected override double Confidence => 0.8;
}
