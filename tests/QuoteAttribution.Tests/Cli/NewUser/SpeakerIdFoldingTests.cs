using System.Diagnostics;
using NUnit.Framework;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Cli.NewUser;

/// <summary>
/// Speaker ids fold accents instead of dropping letters. The built tool runs with invariant globalization,
/// where <c>string.Normalize</c> leaves accented letters whole, so only a run of the real process shows
/// what a user gets (the tests themselves run with ICU).
/// </summary>
[NonParallelizable]
public sealed class SpeakerIdFoldingTests : TempFolderTest
{
    private const string Story =
        "Harbour plans stall\n\n\u201CWe will not sell the pier,\u201D said Jos\u00E9 N\u00FA\u00F1ez, the harbour master.\n\n"
        + "\u201CThe vote comes in spring,\u201D Recep Tayyip Erdo\u011Fan told reporters.\n";

    [Test]
    public void AccentedNames_InTheBuiltTool_FoldToAsciiIds()
    {
        // Arrange
        string story = Folder.Write("story.txt", Story);

        // Act
        using Process quotes = ToolProcess.StartQuotes(Folder.Path, "extract", story, "-f", "csv");
        quotes.StandardInput.Close();
        string output = quotes.StandardOutput.ReadToEnd();
        bool ended = ToolProcess.Ended(quotes);

        // Assert
        Assert.That(ended, Is.True);
        Assert.That(output, Does.Contain(",jose-nunez,").And.Contain(",recep-tayyip-erdogan,"));
    }
}
