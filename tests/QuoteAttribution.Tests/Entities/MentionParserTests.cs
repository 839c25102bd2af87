using NUnit.Framework;
using QuoteAttribution.Entities;

namespace QuoteAttribution.Tests.Entities;

public sealed class MentionParserTests
{
    [TestCase("Russia's Foreign Minister Sergei Lavrov", "Sergei Lavrov", "Foreign Minister", "Russia")]
    [TestCase("Britain's defense minister, Michael Fallon", "Michael Fallon", "defense minister", "Britain")]
    [TestCase("Chinese foreign ministry spokesperson Hua Chunying", "Hua Chunying", "spokesperson", "Chinese foreign ministry")]
    [TestCase("British army Major General Rupert Jones", "Rupert Jones", "Major General", "British army")]
    [TestCase("Iraqi military analyst and former Interior Ministry spokesman Abdel Karim Khalaf", "Abdel Karim Khalaf", "military analyst and former Interior Ministry spokesman", "Iraq")]
    [TestCase("NATO's Secretary-General Jens Stoltenberg", "Jens Stoltenberg", "Secretary-General", "NATO")]
    [TestCase("Anbar operations spokesman General Yehya Rassoul", "Yehya Rassoul", "spokesman", "Anbar operations")]
    [TestCase("Iraqi Prime Minister Haidar al Abadi", "Haidar al Abadi", "Prime Minister", "Iraq")]
    [TestCase("Syria's army chief of staff, General Abdullah Ayoub", "Abdullah Ayoub", "army chief of staff", "Syria")]
    [TestCase("then-Harwick mayoral candidate Tom Fisher", "Tom Fisher", "mayoral candidate", "Harwick")]
    [TestCase("University of the Valley Coast political scientist Dana Whitlock", "Dana Whitlock", "political scientist", "University of the Valley Coast")]
    [TestCase("Mr. Greenfield", "Greenfield", "", "")]
    [TestCase("Republican presidential nominee Donald Trump", "Donald Trump", "presidential nominee", "Republican")]
    [TestCase("U.S. Ambassador Stuart Jones", "Stuart Jones", "Ambassador", "U.S.")]
    [TestCase("Syrian President Bashar al-Assad", "Bashar al-Assad", "President", "Syria")]
    [TestCase("Iraqi Parliament Speaker Selim Jabbouri", "Selim Jabbouri", "Speaker", "Iraqi Parliament")]
    [TestCase("Lavrov", "Lavrov", "", "")]
    [TestCase("Sergei Lavrov", "Sergei Lavrov", "", "")]
    [TestCase("former President Bill Clinton", "Bill Clinton", "former President", "")]
    [TestCase("Pentagon spokesman John Kirby", "John Kirby", "spokesman", "Pentagon")]
    [TestCase("German Chancellor Angela Merkel", "Angela Merkel", "Chancellor", "Germany")]
    [TestCase("White House press secretary Sean Spicer", "Sean Spicer", "press secretary", "White House")]
    [TestCase("Martin Luther King Jr.", "Martin Luther King Jr.", "", "")]
    [TestCase("Kim Jong Un", "Kim Jong Un", "", "")]
    [TestCase("Ursula von der Leyen", "Ursula von der Leyen", "", "")]
    [TestCase("Maj. Gen. Rupert Jones", "Rupert Jones", "Maj. Gen.", "")]
    [TestCase("Sen. Ann Ruiz of Ohio", "Ann Ruiz", "Sen.", "Ohio")]
    [TestCase("Tom Reyes of the Harwick Policy Institute", "Tom Reyes", "", "Harwick Policy Institute")]
    [TestCase("Dana Whitlock from Dayton", "Dana Whitlock", "", "Dayton")]
    [TestCase("Secretary of State Tom Vance", "Tom Vance", "Secretary of State", "")]
    [TestCase("Friends of the Earth spokesperson Ann Lee", "Ann Lee", "spokesperson", "Friends of the Earth")]
    public void NamedMention_SplitsNameRoleAndAffiliation(string mention, string name, string role, string affiliation)
    {
        ParsedMention parsed = MentionParser.Parse(mention);

        Assert.That((parsed.Name, parsed.Role, parsed.Affiliation, parsed.Type), Is.EqualTo((name, role, affiliation, SpeakerType.Person)));
        Assert.That(parsed.IsNominal || parsed.IsPronoun, Is.False);
    }

    [TestCase("Ash Carter", "the U.S. defense secretary", "Ash Carter", "", "defense secretary", "U.S.")]
    [TestCase("Colonel Steve Warren", "the spokesman for the US-led coalition", "Steve Warren", "Colonel", "spokesman", "US-led coalition")]
    [TestCase("Captain Jeff Davis", "a Pentagon spokesperson", "Jeff Davis", "Captain", "spokesperson", "Pentagon")]
    [TestCase("General Abdullah Ayoub", "Syria's army chief of staff", "Abdullah Ayoub", "General", "army chief of staff", "Syria")]
    [TestCase("Michael Fallon", "Britain's defense minister", "Michael Fallon", "", "defense minister", "Britain")]
    [TestCase("Britain's defense minister", "Michael Fallon", "Michael Fallon", "", "defense minister", "Britain")]
    [TestCase("Hugh Hill", "a doctor", "Hugh Hill", "", "doctor", "")]
    [TestCase("Iraqi Prime Minister Haidar al Abadi", "the leader of the country", "Haidar al Abadi", "Prime Minister", "Prime Minister", "Iraq")]
    public void NameWithAppositive_TakesRoleAndAffiliationFromAppositive(
        string head, string appositive, string name, string title, string role, string affiliation)
    {
        ParsedMention parsed = MentionParser.Parse(head, appositive);

        Assert.That((parsed.Name, parsed.Title, parsed.Role, parsed.Affiliation), Is.EqualTo((name, title, role, affiliation)));
    }

    [Test]
    public void CommaInsideMention_IsReadAsAppositive()
    {
        ParsedMention parsed = MentionParser.Parse("Ash Carter, the U.S. defense secretary");

        Assert.That((parsed.Name, parsed.Role, parsed.Affiliation), Is.EqualTo(("Ash Carter", "defense secretary", "U.S.")));
    }

    [TestCase("Colonel Steve Warren", "Colonel")]
    [TestCase("Anbar operations spokesman General Yehya Rassoul", "General")]
    [TestCase("Mr. Greenfield", "Mr.")]
    [TestCase("Maj. Gen. Rupert Jones", "Maj. Gen.")]
    [TestCase("Sergei Lavrov", "")]
    public void TitleBeforeName_IsKeptInTitle(string mention, string title)
    {
        Assert.That(MentionParser.Parse(mention).Title, Is.EqualTo(title));
    }

    [TestCase("the Russian defense ministry", "Russian defense ministry", "Russia")]
    [TestCase("the US-led coalition", "US-led coalition", "")]
    [TestCase("NATO", "NATO", "")]
    [TestCase("the Pentagon", "Pentagon", "")]
    [TestCase("the Kremlin", "Kremlin", "")]
    [TestCase("the White House", "White House", "")]
    [TestCase("the Interfax news agency", "Interfax news agency", "")]
    [TestCase("the state news agency SANA", "state news agency SANA", "")]
    [TestCase("The Saudi-owned Arab daily Al Hayat", "Saudi-owned Arab daily Al Hayat", "")]
    [TestCase("Russia", "Russia", "")]
    [TestCase("the Iraqi military", "Iraqi military", "Iraq")]
    [TestCase("Human Rights Watch", "Human Rights Watch", "")]
    [TestCase("the Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights", "Syria")]
    [TestCase("Iraqi state TV", "Iraqi state TV", "Iraq")]
    [TestCase("the PBO", "PBO", "")]
    [TestCase("the Democratic Unionist Party (DUP)", "Democratic Unionist Party", "")]
    public void OrganisationMention_IsOrganizationWithDescription(string mention, string description, string affiliation)
    {
        ParsedMention parsed = MentionParser.Parse(mention);

        Assert.That((parsed.Type, parsed.Description, parsed.Speaker, parsed.Affiliation, parsed.Name),
            Is.EqualTo((SpeakerType.Organization, description, description, affiliation, "")));
    }

    [Test]
    public void DescriptionWithNamedOrganisationAppositive_IsTheOrganisation()
    {
        ParsedMention parsed = MentionParser.Parse("their allies", "members of the Democratic Unionist Party");

        Assert.That((parsed.Type, parsed.Speaker), Is.EqualTo((SpeakerType.Organization, "members of the Democratic Unionist Party")));
    }

    [TestCase("a military source", "", "")]
    [TestCase("one of the officials", "officials", "")]
    [TestCase("a U.S. official", "official", "U.S.")]
    [TestCase("a coalition army official", "official", "coalition army")]
    [TestCase("a Pentagon spokesperson", "spokesperson", "Pentagon")]
    [TestCase("a spokesperson of the Russian foreign ministry", "spokesperson", "Russian foreign ministry")]
    [TestCase("sources", "", "")]
    [TestCase("officials", "officials", "")]
    [TestCase("two senior officials", "senior officials", "")]
    [TestCase("a senior Western diplomat", "senior diplomat", "Western")]
    [TestCase("a homeless man", "homeless man", "")]
    public void UnnamedSource_IsAnonymousWithDeterminerKept(string mention, string role, string affiliation)
    {
        ParsedMention parsed = MentionParser.Parse(mention);

        Assert.That((parsed.Type, parsed.Description, parsed.Role, parsed.Affiliation, parsed.IsNominal),
            Is.EqualTo((SpeakerType.Anonymous, mention, role, affiliation, false)));
    }

    [TestCase("Rebels", "Rebels")]
    [TestCase("observers", "observers")]
    [TestCase("Some voters", "Some voters")]
    [TestCase("the officials", "officials")]
    [TestCase("analysts", "analysts")]
    [TestCase("Residents", "Residents")]
    public void PluralPeople_IsGroup(string mention, string description)
    {
        ParsedMention parsed = MentionParser.Parse(mention);

        Assert.That((parsed.Type, parsed.Description, parsed.Gender), Is.EqualTo((SpeakerType.Group, description, Gender.Plural)));
    }

    [TestCase("The senior Syrian military officer", "senior military officer", "officer", "Syria")]
    [TestCase("the spokesman", "spokesman", "spokesman", "")]
    [TestCase("the Maj. Gen.", "Maj. Gen.", "general", "")]
    [TestCase("the official", "official", "official", "")]
    [TestCase("Russia's foreign minister", "foreign minister", "minister", "Russia")]
    [TestCase("the spokesman for the US-led coalition", "spokesman", "spokesman", "US-led coalition")]
    [TestCase("the U.S. defense secretary", "defense secretary", "secretary", "U.S.")]
    [TestCase("the army chief of staff", "chief of staff", "chief", "army")]
    [TestCase("the Chinese foreign ministry spokeswoman", "spokeswoman", "spokeswoman", "Chinese foreign ministry")]
    public void DefiniteDescription_IsNominalPersonWithRoleHead(string mention, string role, string roleHead, string affiliation)
    {
        ParsedMention parsed = MentionParser.Parse(mention);

        Assert.That((parsed.Type, parsed.IsNominal, parsed.Name, parsed.Role, parsed.RoleHead, parsed.Affiliation),
            Is.EqualTo((SpeakerType.Person, true, "", role, roleHead, affiliation)));
        Assert.That(parsed.Speaker, Is.Empty);
    }

    [TestCase("he", Gender.Male, SpeakerType.Person)]
    [TestCase("He", Gender.Male, SpeakerType.Person)]
    [TestCase("she", Gender.Female, SpeakerType.Person)]
    [TestCase("they", Gender.Plural, SpeakerType.Group)]
    [TestCase("we", Gender.Plural, SpeakerType.Group)]
    [TestCase("I", Gender.Unknown, SpeakerType.Person)]
    [TestCase("it", Gender.Neuter, SpeakerType.Organization)]
    public void Pronoun_IsFlaggedWithGenderAndNumber(string mention, Gender gender, SpeakerType type)
    {
        ParsedMention parsed = MentionParser.Parse(mention);

        Assert.That((parsed.IsPronoun, parsed.Gender, parsed.Type, parsed.Name), Is.EqualTo((true, gender, type, "")));
    }

    [Test]
    public void UsInCapitals_IsTheCountryNotThePronoun()
    {
        ParsedMention parsed = MentionParser.Parse("US");

        Assert.That((parsed.IsPronoun, parsed.Type), Is.EqualTo((false, SpeakerType.Organization)));
    }

    [TestCase("Mr. Greenfield", Gender.Male)]
    [TestCase("Ms. Hua", Gender.Female)]
    [TestCase("Mrs. Smith", Gender.Female)]
    [TestCase("Sergei Lavrov", Gender.Male)]
    [TestCase("Theresa May", Gender.Female)]
    [TestCase("Chinese foreign ministry spokeswoman Hua Chunying", Gender.Female)]
    [TestCase("Queen Elizabeth", Gender.Female)]
    [TestCase("King Abdullah", Gender.Male)]
    [TestCase("Lavrov", Gender.Unknown)]
    [TestCase("the spokeswoman", Gender.Female)]
    [TestCase("the Russian defense ministry", Gender.Neuter)]
    public void Gender_ComesFromTitleRoleOrFirstName(string mention, Gender gender)
    {
        Assert.That(MentionParser.Parse(mention).Gender, Is.EqualTo(gender));
    }

    [Test]
    public void ColonelWithSpokesmanAppositive_GetsMaleFromRoleWhenNameUnknown()
    {
        ParsedMention parsed = MentionParser.Parse("Colonel Warren", "the spokesman for the US-led coalition");

        Assert.That(parsed.Gender, Is.EqualTo(Gender.Male));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\u201C")]
    public void EmptyMention_IsEmpty(string mention)
    {
        Assert.That(MentionParser.Parse(mention), Is.EqualTo(ParsedMention.Empty));
    }

    [Test]
    public void NullMention_Throws()
    {
        Assert.That(() => MentionParser.Parse(null!), Throws.ArgumentNullException);
    }

    [Test]
    public void PunctuationAroundMention_IsIgnored()
    {
        ParsedMention parsed = MentionParser.Parse("  \u201CGeneral John Allen,  ");

        Assert.That((parsed.Name, parsed.Role), Is.EqualTo(("John Allen", "General")));
    }
}
