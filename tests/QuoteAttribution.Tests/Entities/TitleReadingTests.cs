using NUnit.Framework;
using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Tests.Entities;

/// <summary>
/// The titles and bodies an article gives a named person, read wherever it writes them (issue 23), on
/// invented articles: each case is one way newsrooms write a title around a name.
/// </summary>
public sealed class TitleReadingTests
{
    private static readonly AttributionPipeline Pipeline = new AttributionPipelineBuilder().UseDefaultSieves().Build();

    private static (string Role, string Affiliation) Profile(string text, string speaker)
    {
        QuoteRecord record = Pipeline.Analyze(new Article("t", text)).Records.First(r => r.Speaker == speaker);
        return (record.Role, record.Affiliation);
    }

    [TestCase("Former Ridgeland Gov. Petra Moss said the fair would open.", "Petra Moss", "Former Ridgeland Gov.", "")]
    [TestCase("Former Florida Gov. Petra Moss said the fair would open.", "Petra Moss", "Former Florida Gov.", "Florida")]
    [TestCase("Former Peru leader Petra Moss said the fair would open.", "Petra Moss", "Former leader", "Peru")]
    [TestCase("The levy rose, according to former Bank of Harbour governor Dan Pike.", "Dan Pike", "former governor", "Bank of Harbour")]
    [TestCase("St. Carin County Prosecuting Attorney Dan Pike said the case was closed.", "Dan Pike", "Prosecuting Attorney", "St. Carin County")]
    [TestCase("Nova Scotia Liberal MP Dan Pike said the case was closed.", "Dan Pike", "Liberal MP", "Nova Scotia")]
    [TestCase("The league was tense. Harbour Hawks guard Dan Pike said the team was ready.", "Dan Pike", "Harbour Hawks guard", "Harbour Hawks")]
    [TestCase("The league was tense. Lakeview guard Dan Pike said the team was ready.", "Dan Pike", "Lakeview guard", "Lakeview")]
    [TestCase("The league was tense. Veteran guard Dan Pike said the team was ready.", "Dan Pike", "Veteran guard", "")]
    [TestCase("Irish comedian and actor Dan Pike said the show was late.", "Dan Pike", "comedian and actor", "Ireland")]
    [TestCase("\"It is late,\" University of the Harbour Valley political scientist Dan Pike said.", "Dan Pike", "political scientist", "University of the Harbour Valley")]
    [TestCase("The crowd cheered famous Mexican-American reporter Dan Pike on Monday. \"It is late,\" Pike said.", "Dan Pike", "famous Mexican-American reporter", "")]
    [TestCase("House Speaker Dan Pike said the vote would wait.", "Dan Pike", "House Speaker", "")]
    [TestCase("Senate Majority Leader Dan Pike said the vote would wait.", "Dan Pike", "Senate Majority Leader", "")]
    [TestCase("Green party leader Ana Soto said the vote was late.", "Ana Soto", "Green party leader", "Green party")]
    [TestCase("HB Liberal Opposition Leader Ana Soto said the vote was late.", "Ana Soto", "HB Liberal Opposition Leader", "HB Liberal")]
    [TestCase("The firm is upset, Tallwood\u2019s U.K. managing director Dan Pike said.", "Dan Pike", "managing director", "Tallwood")]
    [TestCase("The mayor praised Harbour News\u2019 Capital Political Editor Ana Soto. \"It is late,\" Soto said.", "Ana Soto", "Capital Political Editor", "Harbour News")]
    public void TitleBeforeName_KeepsModifiersAndGivesBody(string text, string name, string role, string affiliation)
    {
        Assert.That(Profile(text, name), Is.EqualTo((role, affiliation)));
    }

    [TestCase("\"It is fine,\" said Dan Pike, a 50-year-old salesman from Lakeview.", "Dan Pike", "salesman")]
    [TestCase("\"It is fine,\" said Dan Pike, founder and president of Tall Pines Ales in Milltown.", "Dan Pike", "founder")]
    [TestCase("\"It is fine,\" said Dan Pike, director of health care and family programs for Harbour Health.", "Dan Pike", "director of health care and family programs")]
    public void AppositiveAfterName_ReadsTitleWhole(string text, string name, string role)
    {
        Assert.That(Profile(text, name).Role, Is.EqualTo(role));
    }

    [TestCase("\"It is fine,\" said Dan Pike, founder and president of Tall Pines Ales in Milltown.", "Dan Pike", "Tall Pines Ales")]
    [TestCase("\"It is fine,\" said Dan Pike, an earth scientist and professor at the University of Carin, on Monday.", "Dan Pike", "University of Carin")]
    [TestCase("\"It is fine,\" said Dan Pike, a spokesman for Ruritania's disaster relief agency.", "Dan Pike", "Ruritania's disaster relief agency")]
    [TestCase("\"It is over,\" said Ana Soto, the president of regional advisory firm Tall Pines Research & Consulting Inc., on Monday.", "Ana Soto", "Tall Pines Research & Consulting Inc")]
    [TestCase("\"It is over,\" said Ana Soto, director of studies at the Carin-based Centre for the Harbour Economy, on Monday.", "Ana Soto", "Centre for the Harbour Economy")]
    [TestCase("\"It is over,\" said Ana Soto, a close adviser to Mayor Lund, on Monday.", "Ana Soto", "Mayor Lund")]
    [TestCase("\"It is fine,\" said Sen. Dan Pike, D-Ore., on Monday.", "Dan Pike", "D-Ore")]
    [TestCase("\"It is late,\" said Dan Pike, e.CO\u2019s founder and the mind behind the van.", "Dan Pike", "e.CO")]
    [TestCase("\"It is late,\" said Dan Pike, a Muslim student studying at Carin University.", "Dan Pike", "Carin University")]
    [TestCase("Dan Pike, a nominal Republican who voted for the mayor twice, said it was late.", "Dan Pike", "Republican")]
    [TestCase("The latest is Rep. Dan Pike, the Ohio congressman who shouted at the mayor during a long speech at the harbour last year. Pike said it was late.", "Dan Pike", "Ohio")]
    [TestCase("Sens. Ana Soto (Ky.) and Ben Lund debated. \"No,\" Soto said.", "Ana Soto", "Ky.")]
    [TestCase("The vote was close. Soto, a Democrat, said she would stay.\n\n\"It is fine,\" Ana Soto said.", "Ana Soto", "Democrat")]
    [TestCase("A judge sided with Dan Pike, a harbour relations consultant and founder of Save Harbour FM. The group met in May. \"It is fine,\" Pike said.", "Dan Pike", "Save Harbour FM")]
    [TestCase("\"We are proud,\" says Ana Soto, vice-president, public affairs for Harbour Mobile.", "Ana Soto", "Harbour Mobile")]
    [TestCase("\"We are proud,\" says Ana Soto, director, sales at the Carin Group, on Monday.", "Ana Soto", "Carin Group")]
    [TestCase("\"We are proud,\" says Ana Soto, director, who joined last year.", "Ana Soto", "")]
    [TestCase("Senate Majority Leader Ana Soto is criticizing the harbour plan.\n\nIn a statement, the Kentucky Republican called it wasteful.\n\n\"We will stop it,\" Soto said.", "Ana Soto", "Republican")]
    [TestCase("Ana Soto is spending the day in Carin.\n\nThe Ohio governor told voters she would win.\n\n\"We will win,\" Soto said.", "Ana Soto", "Ohio")]
    [TestCase("Spokeswoman Ana Soto says the candidate will stay.\n\nThe former Maryland governor has no money left.\n\n\"We are fine,\" Soto said.", "Ana Soto", "")]
    [TestCase("Voters cheered when Ben Lund attacked Ana Soto on Monday.\n\nThe Ohio governor said little.\n\n\"We are fine,\" Soto said.", "Ana Soto", "")]
    [TestCase("Republican Donor Fenwick and Lund May Agree on Ports.\n\nTop Republican Party donor Sheldon Fenwick said on Friday he met Lund. \"He was charming,\" Fenwick said.", "Fenwick", "Republican Party")]
    public void AppositiveAfterName_GivesBody(string text, string name, string affiliation)
    {
        Assert.That(Profile(text, name).Affiliation, Is.EqualTo(affiliation));
    }

    [TestCase(", who sits on the Harbour Allocation Committee. \"We wait.\"", "Harbour Allocation Committee")]
    [TestCase(", who runs the HPA\u2019s lobbying arm, says the rules are weak.", "HPA")]
    [TestCase(", who owns Pine Playhouse and once ran for office, said it was late.", "Pine Playhouse")]
    [TestCase(", who runs the bakery, said the road was closed.", null)]
    [TestCase(", who joined the board last month, said it was late.", null)]
    public void RelativeClauseNamingBody_GivesBody(string after, string? affiliation)
    {
        TitleEvidence? evidence = TitlesAfterName.Read("said Dan Pike" + after, "said Dan Pike".Length);

        Assert.That(evidence?.Affiliation, Is.EqualTo(affiliation));
        Assert.That(evidence?.Role ?? "", Is.Empty);
    }

    [TestCase(", however \u2014 he left early.", null)]
    [TestCase(", though \u2014 it was late.", null)]
    public void AppositiveEndingInDash_GivesNothing(string after, string? affiliation)
    {
        TitleEvidence? evidence = TitlesAfterName.Read("said Dan Pike" + after, "said Dan Pike".Length);

        Assert.That(evidence?.Affiliation, Is.EqualTo(affiliation));
    }

    [TestCase(" with the Harbour Pilots Union, which represents pilots.", "Harbour Pilots Union")]
    [TestCase(" with Ben Lund, who runs the port.", null)]
    public void NameWithBody_GivesBodyButNoPerson(string after, string? affiliation)
    {
        TitleEvidence? evidence = TitlesAfterName.Read("said Dan Pike" + after, "said Dan Pike".Length);

        Assert.That(evidence?.Affiliation, Is.EqualTo(affiliation));
    }

    [TestCase("The vote was close. Pike was one of the co-founders of Harbour Awareness Week.\n\n\"It is fine,\" Dan Pike said.", "Dan Pike", "co-founder", "Harbour Awareness Week")]
    [TestCase("The vote was close. Pike is the coach of The Falcons, a local team.\n\n\"It is fine,\" Dan Pike said.", "Dan Pike", "coach", "Falcons")]
    [TestCase("She defeated biologist Dan Pike, who is product manager for Tall Pines Labs, after a long count. \"It is fine,\" Pike said.", "Dan Pike", "biologist", "Tall Pines Labs")]
    public void TitleStatedOfPerson_GivesRoleAndBody(string text, string name, string role, string affiliation)
    {
        Assert.That(Profile(text, name), Is.EqualTo((role, affiliation)));
    }

    [TestCase("\"Parole is hard,\" wrote Ana Soto, a board spokeswoman, in an email. The Parole Board of Ruritania met. The Parole Board said no.", "Ana Soto", "Parole Board of Ruritania")]
    [TestCase("\"It was good,\" said Ana Soto, the tour\u2019s chief officer of events. The HGA Tour met.", "Ana Soto", "HGA Tour")]
    [TestCase("\"It was good,\" said Ana Soto, the tour\u2019s chief officer of events. The tour met.", "Ana Soto", "tour")]
    [TestCase("\"It was good,\" said Ana Soto, a board spokeswoman. The Harbour Board met the Lake Board.", "Ana Soto", "board")]
    public void BodyNamedByCommonNoun_TakesTheArticlesFullName(string text, string name, string affiliation)
    {
        Assert.That(Profile(text, name).Affiliation, Is.EqualTo(affiliation));
    }

    [TestCase("Maybe Soto Will Run Again.\n\n\"I am ready,\" Ana Soto said. \"It is time,\" Maybe Soto said.", "Ana Soto")]
    [TestCase("While Soto waited, the crowd sang. \"It is late,\" While Soto said.", "Soto")]
    [TestCase("\"It is late,\" Even Ana Soto said.", "Ana Soto")]
    [TestCase("\"It is late,\" Will Soto said.", "Will Soto")]
    public void SentenceAdverbOrConjunctionBeforeName_IsNoPartOfName(string text, string speaker)
    {
        string[] speakers = [.. Pipeline.Analyze(new Article("t", text)).Records.Select(r => r.Speaker)];

        Assert.That(speakers, Is.Not.Empty);
        Assert.That(speakers, Is.All.EqualTo(speaker));
    }

    [TestCase("Sens. Ana Soto (Ky.) and Ben Lee (Fla.) debated taxes. \"It is late,\" Soto said.", "Ana Soto", "Sen.")]
    [TestCase("The show began, and co-hosts Ana Soto and Ben Lee opened it. \"It is late,\" Soto said.", "Ana Soto", "co-host")]
    public void PluralTitleBeforeNames_GivesEachTheSingular(string text, string name, string role)
    {
        Assert.That(Profile(text, name).Role, Is.EqualTo(role));
    }

    [Test]
    public void AbbreviatedPresident_IsTitle()
    {
        Assert.That(Profile("Former Pres. Ana Soto said the vote was late.", "Ana Soto").Role, Is.EqualTo("Former Pres."));
    }

    [Test]
    public void HeadlineCapitalsBeforePossessive_AreNoPartOfBody()
    {
        const string text = "Mayor Praises Harbour\u2019s Capital Editor Ana Soto.\n\nThe mayor praised Harbour News\u2019 Capital Editor Ana Soto. \"It is late,\" Soto said.";

        Assert.That(Profile(text, "Ana Soto").Affiliation, Is.EqualTo("Harbour News"));
    }

    [Test]
    public void JudgementStatedOfPerson_GivesNoRoleOrBody()
    {
        const string text = "The race was tight. Dan Pike is the most divisive mayor in the history of Ruritania.\n\n\"It is fine,\" Dan Pike said.";

        Assert.That(Profile(text, "Dan Pike"), Is.EqualTo(("", "")));
    }

    [Test]
    public void DescriptionAfterName_GivesNoRole()
    {
        Assert.That(Profile("\"It is fine,\" said Dan Pike, a resident of Lakeview in Carin County.", "Dan Pike").Role, Is.Empty);
    }

    [TestCase("The vote was close. The captain of the team, Dan Pike, met the mayor.\n\n\"It is fine,\" Pike said.", "captain", "")]
    [TestCase("The vote was close.\n\nBut the director of regional operations for HTA, Dan Pike, says the system works.", "director of regional operations", "HTA")]
    [TestCase("The vote was close. Her campaign manager, Dan Pike, said the count was fair.", "campaign manager", "")]
    public void TitleOpeningSentenceBeforeName_GivesRole(string text, string role, string affiliation)
    {
        Assert.That(Profile(text, "Dan Pike"), Is.EqualTo((role, affiliation)));
    }

    [Test]
    public void PhraseAfterPrepositionBeforeName_IsNoTitle()
    {
        const string text = "After the mayor, Dan Pike, a ferry pilot, spoke.\n\n\"It is fine,\" Dan Pike said.";

        Assert.That(Profile(text, "Dan Pike").Role, Is.EqualTo("ferry pilot"));
    }

    [Test]
    public void WealthBeforeName_IsNoRole()
    {
        const string text = "The vote was close. Billionaire Dan Pike said the plan would work.";

        Assert.That(Profile(text, "Dan Pike").Role, Is.Empty);
    }

    [Test]
    public void QuotedWorkAfterTitle_IsNoBody()
    {
        const string text = "\"It is fine,\" said Dan Pike, star of the quiz show \u201CHarbour Nights.\u201D";

        Assert.That(Profile(text, "Dan Pike"), Is.EqualTo(("star", "")));
    }
}
