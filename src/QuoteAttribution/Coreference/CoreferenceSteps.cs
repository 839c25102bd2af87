using System.Collections.Concurrent;
using System.Text;

namespace QuoteAttribution.Coreference;

/// <summary>
/// The names of the steps that resolve a mention to a speaker, as <see cref="ResolvedSpeaker.Resolver"/> carries
/// them for <c>quotes explain</c>: every resolver sieve by its type (<see cref="PersonPronounResolver"/> is
/// <c>person-pronoun</c>), and the statement-level links of <see cref="SpeakerResolver"/> by a constant here.
/// </summary>
internal static class CoreferenceSteps
{
    /// <summary>"..., the person said" after "A person familiar with the talks said": <see cref="IntroducedSources"/>.</summary>
    public const string IntroducedSource = "introduced-source";

    /// <summary>A "they" that continues the group that spoke just before: <see cref="PluralAntecedents"/>.</summary>
    public const string PluralAntecedent = "plural-antecedent";

    /// <summary>A "they" that continues the speaking group named in the statement before it.</summary>
    public const string SpeakingGroup = "speaking-group";

    /// <summary>A "they" that stands for the nearest definite body or set of people before it: <see cref="CollectiveAntecedents"/>.</summary>
    public const string CollectiveAntecedent = "collective-antecedent";

    /// <summary>The news lead's description named one statement later: <see cref="IntroducedSpeakers"/>.</summary>
    public const string NamedLater = "named-later";

    private static readonly ConcurrentDictionary<Type, string> Names = new();

    /// <summary>The resolver sieve's name: its type's name without <c>Resolver</c>, in lower case joined by hyphens.</summary>
    public static string Of(IMentionResolver resolver) => Names.GetOrAdd(resolver.GetType(), static type => Hyphenate(type.Name));

    private static string Hyphenate(string typeName)
    {
        string name = typeName.EndsWith("Resolver", StringComparison.Ordinal) ? typeName[..^"Resolver".Length] : typeName;
        StringBuilder words = new(name.Length + 4);
        foreach (char c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append('-');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }
}
