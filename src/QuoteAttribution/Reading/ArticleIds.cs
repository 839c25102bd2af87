using System.Globalization;

namespace QuoteAttribution.Reading;

/// <summary>
/// Gives every article of one run its own stable id. A file's id is its path relative to the folder named
/// on the command line, without extension and with <c>/</c> between folders (<c>news/mon/story.txt</c>
/// under <c>news</c> is <c>mon/story</c>; a file named directly is its file name without extension). When
/// that id is taken, the extension is kept (<c>story.html</c> after <c>story.txt</c>); a JSON Lines line
/// keeps its own <c>id</c>. An id still taken gets <c>~2</c>, <c>~3</c>, ... in reading order, so a rerun
/// over the same inputs gives the same ids.
/// </summary>
internal sealed class ArticleIds
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>The id of a file found as <paramref name="path"/> under the input <paramref name="input"/>.</summary>
    public static string OfFile(string input, string path)
    {
        string relative = input == path || !Directory.Exists(input) ? Path.GetFileName(path) : Path.GetRelativePath(input, path);
        relative = relative.Replace(Path.DirectorySeparatorChar, '/');
        string extension = Path.GetExtension(relative);
        return extension.Length == 0 ? relative : relative[..^extension.Length];
    }

    /// <summary>
    /// <paramref name="wanted"/> when it is free, else <paramref name="fallback"/> when given and free,
    /// else the first free <c>wanted~n</c>; the id returned is taken from then on.
    /// </summary>
    public string Claim(string wanted, string? fallback = null)
    {
        if (_taken.Add(wanted))
        {
            return wanted;
        }

        if (fallback is not null && _taken.Add(fallback))
        {
            return fallback;
        }

        for (int n = 2; ; n++)
        {
            string candidate = string.Create(CultureInfo.InvariantCulture, $"{wanted}~{n}");
            if (_taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
