using NUnit.Framework;

namespace QuoteAttribution.Tests.Evaluation;

/// <summary>Finds the repository root (the folder with QuoteAttribution.slnx) by walking up, never by counting "..".</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixture(params string[] parts) => Path.Combine([Root, "fixtures", .. parts]);

    /// <summary>The reference scorer beside the repository (<c>../shared/eval/score.py</c>), when present.</summary>
    public static string ScorePy => Path.GetFullPath(Path.Combine(Root, "..", "shared", "eval", "score.py"));

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuoteAttribution.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("QuoteAttribution.slnx not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
