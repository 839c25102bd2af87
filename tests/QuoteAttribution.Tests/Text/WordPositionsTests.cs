using NUnit.Framework;
using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Text;

/// <summary>The word index finds names where the text search finds them, on invented text.</summary>
public sealed class WordPositionsTests
{
    private const string Article =
        "City Treasurer Ana Soto said the levy would rise. \u201cWe wait,\u201d Soto said. Ana Sotomayor disagreed; "
        + "XAna Soto is a typo, and Ana Soto's office, (Ana Soto) and Ana  Soto are three more. Ben Soto-Ruiz, "
        + "O'Neill and Dana Whitlock of the Harbour Trust spoke; Whitlock, 52, said 2015 was dry.";

    private static readonly string[] Names =
        ["Ana Soto", "Soto", "Ana", "Sotomayor", "Soto-Ruiz", "O'Neill", "Neill", "Dana Whitlock", "Whitlock", "2015", "Nobody", "Ana Soto's office"];

    [Test]
    public void NamesAfterTheIndexIsBuilt_FoundWhereTheTextSearchFindsThem()
    {
        WordPositions words = new(Article);
        for (int i = 0; i < WordPositions.SearchesBeforeIndex; i++)
        {
            _ = words.Occurrences("Nobody").ToList();
        }

        foreach (string name in Names)
        {
            Assert.That(words.Occurrences(name).Where(at => Bounded(Article, name, at)), Is.EqualTo(Searched(Article, name)), name);
        }
    }

    [Test]
    public void OneWordOfTheNameMissing_NoPlace()
    {
        WordPositions words = new("Ana Soto and Ben Ruiz spoke.");
        for (int i = 0; i <= WordPositions.SearchesBeforeIndex; i++)
        {
            Assert.That(words.Occurrences("Ana Ruiz"), Is.Empty);
        }
    }

    private static List<int> Searched(string text, string name)
    {
        List<int> found = [];
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            if (Bounded(text, name, at))
            {
                found.Add(at);
            }
        }

        return found;
    }

    private static bool Bounded(string text, string name, int at) =>
        (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + name.Length == text.Length || !char.IsLetterOrDigit(text[at + name.Length]));
}
