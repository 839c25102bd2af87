using NUnit.Framework;
using QuoteAttribution.Compare;
using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Tests.Compare;

public sealed class SpeakerProfilesTests
{
    private static int _next;

    [Test]
    public void RoleChangesOverTime_RolesInOrderOfFirstDate()
    {
        // Arrange
        QuoteRecord[] records =
        [
            Said("Jane Okafor", "Governor", "Lagos", new DateOnly(2019, 5, 2), "The budget is balanced."),
            Said("Jane Okafor", "Mayor", "Ikeja", new DateOnly(2016, 3, 9), "The roads will be fixed."),
            Said("Okafor", "mayor", "Ikeja", new DateOnly(2016, 4, 1), "The market opens soon."),
        ];

        // Act
        SpeakerProfile profile = SpeakerProfiles.Build(records, ["jane-okafor"]).Single();

        // Assert
        Assert.That(profile.Roles.Select(r => (r.Role, r.Affiliation, r.Statements)), Is.EqualTo(new[]
        {
            ("Mayor", "Ikeja", 2), ("Governor", "Lagos", 1),
        }));
        Assert.That(profile.Roles[0].FirstDate, Is.EqualTo(new DateOnly(2016, 3, 9)));
        Assert.That(profile.Roles[0].LastDate, Is.EqualTo(new DateOnly(2016, 4, 1)));
        Assert.That(profile.Name, Is.EqualTo("Jane Okafor"));
        Assert.That(profile.Type, Is.EqualTo(SpeakerType.Person));
    }

    [Test]
    public void GapBetweenMonths_MonthsWithoutStatementsCountZero()
    {
        QuoteRecord[] records =
        [
            Said("Jane Okafor", "", "", new DateOnly(2016, 11, 30), "One."),
            Said("Jane Okafor", "", "", new DateOnly(2016, 11, 2), "Two."),
            Said("Jane Okafor", "", "", new DateOnly(2017, 2, 14), "Three."),
            Said("Jane Okafor", "", "", null, "Four."),
        ];

        SpeakerProfile profile = SpeakerProfiles.Build(records, ["jane-okafor"]).Single();

        Assert.That(profile.Months.Select(m => (m.Label, m.Statements)), Is.EqualTo(new[]
        {
            ("2016-11", 2), ("2016-12", 0), ("2017-01", 0), ("2017-02", 1),
        }));
        Assert.That(profile.Undated, Is.EqualTo(1));
        Assert.That(profile.Statements, Is.EqualTo(4));
        Assert.That(profile.Roles, Is.Empty);
    }

    [Test]
    public void TopicsNamedInManyStatements_RankedFirstWithoutOwnName()
    {
        QuoteRecord[] records =
        [
            Said("Jane Okafor", "", "", null, "We talked to Portugal about the Tagus Bridge."),
            Said("Jane Okafor", "", "", null, "The Portuguese side agreed, and Okafor Holdings did not."),
            Said("Jane Okafor", "", "", null, "The Tagus Bridge will open in May."),
            Said("Tom Reyes", "", "", null, "Brazil is next."),
        ];

        SpeakerProfile profile = SpeakerProfiles.Build(records, ["jane-okafor"]).Single();

        Assert.That(profile.Topics.Select(t => (t.Term, t.Statements)).Take(2), Is.EqualTo(new[]
        {
            ("Portugal", 2), ("Tagus Bridge", 2),
        }));
        Assert.That(profile.Topics.Select(t => t.Term), Has.None.EqualTo("Brazil"));
    }

    [Test]
    public void UnknownKey_Skipped()
    {
        QuoteRecord[] records = [Said("Jane Okafor", "", "", null, "One.")];

        Assert.That(SpeakerProfiles.Build(records, ["nobody", "jane-okafor"]).Select(p => p.Key), Is.EqualTo(new[] { "jane-okafor" }));
    }

    private static QuoteRecord Said(string speaker, string role, string affiliation, DateOnly? date, string text)
    {
        int n = Interlocked.Increment(ref _next);
        return new QuoteRecord
        {
            Article = "a" + n,
            QuoteId = "a" + n + "#1",
            Kind = StatementKind.Direct,
            Text = text,
            Start = 0,
            End = text.Length,
            Speaker = speaker,
            SpeakerId = speaker.EndsWith("Okafor", StringComparison.Ordinal) ? "jane-okafor" : "tom-reyes",
            SpeakerType = SpeakerType.Person,
            Role = role,
            Affiliation = affiliation,
            Date = date,
        };
    }
}
