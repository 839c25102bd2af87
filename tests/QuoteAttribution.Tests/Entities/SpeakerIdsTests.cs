using NUnit.Framework;
using QuoteAttribution.Entities;

namespace QuoteAttribution.Tests.Entities;

public sealed class SpeakerIdsTests
{
    [TestCase("Sergei Lavrov", "sergei-lavrov")]
    [TestCase("  Sergei   Lavrov ", "sergei-lavrov")]
    [TestCase("Recep Tayyip Erdoğan", "recep-tayyip-erdogan")]
    [TestCase("Frédéric Noël", "frederic-noel")]
    [TestCase("José Núñez", "jose-nunez")]
    [TestCase("JOSÉ NÚÑEZ", "jose-nunez")]
    [TestCase("Jose\u0301 Nun\u0303ez", "jose-nunez")]
    [TestCase("Nguyễn Thị Ánh", "nguyen-thi-anh")]
    [TestCase("Haidar al-Abadi", "haidar-al-abadi")]
    [TestCase("Haidar al Abadi", "haidar-al-abadi")]
    [TestCase("O'Brien", "obrien")]
    [TestCase("O\u2019Brien", "obrien")]
    [TestCase("U.S. Defense Dept.", "us-defense-dept")]
    [TestCase("Russian defense ministry", "russian-defense-ministry")]
    [TestCase("Lars Løkke Rasmussen", "lars-lokke-rasmussen")]
    [TestCase("Straße", "strasse")]
    [TestCase("Lech Wałęsa", "lech-walesa")]
    [TestCase("Martin Luther King Jr.", "martin-luther-king-jr")]
    [TestCase("---", "")]
    [TestCase("", "")]
    [TestCase("G-7 Summit 2015", "g-7-summit-2015")]
    public void Slug_IsLowerCaseAsciiWithSingleHyphens(string name, string slug)
    {
        Assert.That(SpeakerIds.Slug(name), Is.EqualTo(slug));
    }

    [Test]
    [SetCulture("tr-TR")]
    public void Slug_UnderTurkishCulture_StaysInvariant()
    {
        Assert.That(SpeakerIds.Slug("IRAQI MINISTER"), Is.EqualTo("iraqi-minister"));
    }
}
