using NUnit.Framework;

namespace QuoteAttribution.Tests.Support;

/// <summary>A test class whose every test gets a fresh <see cref="TempFolder"/>, deleted after the test.</summary>
public abstract class TempFolderTest
{
    private TempFolder? _folder;

    /// <summary>The current test's folder.</summary>
    internal TempFolder Folder => _folder ?? throw new InvalidOperationException("The folder exists only while a test runs.");

    [SetUp]
    public void CreateFolder() => _folder = new TempFolder();

    [TearDown]
    public void DeleteFolder()
    {
        _folder?.Dispose();
        _folder = null;
    }
}
