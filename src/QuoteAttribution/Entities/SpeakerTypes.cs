
namespace QuoteAttribution.Entities;

/// <summary>
/// Corrects a speaker type from its description: a plural or collective description is a group
/// (<c>Democrats</c>, <c>local officials</c>, <c>some residents</c>), a document noun a document
/// (<c>the memo</c>, <c>a court filing</c>).
/// </summary>
internal static class SpeakerTypes
{
    /// <summary>The type <paramref name="speaker"/> should have, given the type the resolver chose.</summary>
    public static SpeakerType Refine(string speaker, SpeakerType type)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        string[] words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || type is SpeakerType.Unknown or SpeakerType.Group or SpeakerType.Document)
        {
            return type;
        }

        string head = words[^1].TrimEnd('.', ',');
        string first = words[0];
        bool indefiniteOne = first is "a" or "A" or "an" or "An" or "one" or "One" or "another" or "Another";
        if (!indefiniteOne && char.IsLower(head[0]) && EntityLexicons.DocumentNouns.Contains(head) && words.All(w => !char.IsUpper(w[0]) || w == first))
        {
            return SpeakerType.Document;
        }

        // A person named by one plural party or group word ("Democrats said") is a group, as is any
        // anonymous description whose head is plural ("Officials", "local officials").
        bool pluralHead = head.Length > 3 && head[^1] == 's' && head[^2] != 's' && char.IsLower(head[^2]);
        if (type == SpeakerType.Person && words.Length == 1 && pluralHead && (EntityLexicons.Parties.Contains(head) || EntityLexicons.Groups.Contains(head)))
        {
            return SpeakerType.Group;
        }

        return type == SpeakerType.Anonymous && pluralHead && !indefiniteOne ? SpeakerType.Group : type;
    }
}
