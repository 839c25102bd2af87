namespace QuoteAttribution.Reading;

/// <summary>
/// Reads articles from files, folders (recursively, in ordinal name order) and standard input (<c>-</c>),
/// lazily and one at a time, reporting every unreadable input as a <see cref="ReadProblem"/> instead of
/// throwing. Formats go by extension: <c>.txt</c> (one article, id from its path: see <see cref="ArticleIds"/>),
/// <c>.html</c>/<c>.htm</c> (the article body), <c>.jsonl</c>/<c>.ndjson</c> (one article a line); files
/// named directly with another extension are read as plain text. Standard input is JSON Lines when its
/// first non-blank character is <c>{</c>, else one text article with id <c>stdin</c>.
/// </summary>
/// <example><code>
/// foreach (ReadResult item in new ArticleReader().Read(["news/"]))
/// {
///     if (item.Article is { } article) { /* analyse */ } else { Console.Error.WriteLine(item.Problem); }
/// }
/// </code></example>
/// <param name="standardInput">Opens standard input; defaults to <see cref="Console.OpenStandardInput()"/>.</param>
public sealed class ArticleReader(Func<Stream>? standardInput = null)
{
    /// <summary>The source name (and article id) used for standard input.</summary>
    public const string StandardInputName = "stdin";

    /// <summary>The default of <see cref="MaxArticleChars"/>: twenty million characters.</summary>
    public const int DefaultMaxArticleChars = 20_000_000;

    private readonly Func<Stream> _standardInput = standardInput ?? Console.OpenStandardInput;

    /// <summary>
    /// The longest article read: a text file or standard input is read this far and no further (then named
    /// and skipped), an HTML page or a JSON Lines line twice as far plus 64 K for its markup.
    /// </summary>
    public int MaxArticleChars { get; init; } = DefaultMaxArticleChars;

    /// <summary>The bound on an HTML page or a JSON Lines line, whose markup comes on top of the article.</summary>
    internal static int MarkupLimit(int maxArticleChars) => (int)Math.Min(Array.MaxLength, (2L * maxArticleChars) + 65536);

    /// <summary>
    /// Every article and problem in <paramref name="inputs"/>, in input order. Nothing is read until the
    /// sequence is enumerated, and only one input file is open at a time.
    /// </summary>
    public IEnumerable<ReadResult> Read(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArticleIds ids = new();
        foreach (string input in inputs)
        {
            foreach ((string path, ReadResult? problem) in InputFiles.Expand([input]))
            {
                if (problem is not null)
                {
                    yield return problem;
                    continue;
                }

                IEnumerable<ReadResult> items = path == InputFiles.StandardInput
                    ? ReadStandardInput()
                    : ReadFile(path, ArticleIds.OfFile(input, path), MaxArticleChars);
                foreach (ReadResult item in items)
                {
                    foreach (ReadResult named in Identify(item, ids, path))
                    {
                        yield return named;
                    }
                }
            }
        }
    }

    /// <summary>
    /// The item with its article's id made unique in the run: a whole file keeps its extension on a
    /// clash (<c>story.html</c> beside <c>story.txt</c>); a repeated JSON Lines id is named on standard error.
    /// </summary>
    private static IEnumerable<ReadResult> Identify(ReadResult item, ArticleIds ids, string path)
    {
        if (item.Article is not Article article)
        {
            return [item];
        }

        if (item.Line is int line)
        {
            string id = ids.Claim(article.Id);
            return id == article.Id
                ? [item]
                : [ReadResult.Warning(item.Source, $"article id \"{article.Id}\" was used before in this run; renamed \"{id}\"", line),
                    ReadResult.Of(article with { Id = id }, item.Source, line)];
        }

        string extension = Path.GetExtension(path);
        string unique = ids.Claim(article.Id, extension.Length == 0 ? null : article.Id + extension);
        return unique == article.Id ? [item] : [ReadResult.Of(article with { Id = unique }, item.Source)];
    }

    private static IEnumerable<ReadResult> ReadFile(string path, string id, int maxChars)
    {
        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Error(path, $"cannot open: {e.Message}")];
        }

        return InputFormats.FromPath(path) switch
        {
            InputFormat.JsonLines => ReadJsonLines(stream, path, maxChars),
            InputFormat.Html => ReadWhole(stream, path, id, html: true, maxChars),
            _ => ReadWhole(stream, path, id, html: false, maxChars),
        };
    }

    private IEnumerable<ReadResult> ReadStandardInput()
    {
        Stream stream;
        try
        {
            stream = _standardInput();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Error(StandardInputName, $"cannot open: {e.Message}")];
        }

        return StandardInputReader.Read(stream, StandardInputName, MaxArticleChars);
    }

    /// <summary>Reads a whole text or HTML file as one article, up to its bound (<see cref="MaxArticleChars"/>).</summary>
    internal static IEnumerable<ReadResult> ReadWhole(Stream stream, string source, string id, bool html, int maxChars = DefaultMaxArticleChars)
    {
        System.Text.StringBuilder text = new();
        int replacements;
        string encodingName;
        int bound = html ? MarkupLimit(maxChars) : maxChars;
        try
        {
            using DecodedInput? input = DecodedInput.Open(stream, out string? problem, html);
            if (input is null)
            {
                return [ReadResult.Error(source, problem!)];
            }

            if (!BoundedText.TryReadToEnd(input.Reader, text, bound))
            {
                return [ReadResult.Error(source, BoundedText.OverLimit(html ? "page" : "article", bound))];
            }

            replacements = input.Replacements;
            encodingName = input.EncodingName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Error(source, $"cannot read: {e.Message}")];
        }

        return FromText(text.ToString(), replacements, source, id, html, encodingName);
    }

    /// <summary>Turns decoded text into an article, plus a warning when it needed replacement characters.</summary>
    internal static IEnumerable<ReadResult> FromText(string text, int replacements, string source, string id, bool html, string encodingName = "UTF-8")
    {
        List<ReadResult> results = [];
        if (replacements > 0)
        {
            results.Add(ReadResult.Warning(source, InvalidEncodingReason(replacements, encodingName)));
        }

        string? title = null;
        if (html)
        {
            (text, title) = HtmlArticleExtractor.Extract(text);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            results.Add(ReadResult.Error(source, html ? "no article text in the page" : "file is empty"));
            return results;
        }

        results.Add(ReadResult.Of(new Article(id, text) { Title = title, Origin = source }, source));
        return results;
    }

    /// <summary>Reads a JSON Lines stream line by line; a bad line is a problem, the rest go on.</summary>
    internal static IEnumerable<ReadResult> ReadJsonLines(Stream stream, string source, int maxChars = DefaultMaxArticleChars)
    {
        using DecodedInput? input = DecodedInput.Open(stream, out string? problem);
        if (input is null)
        {
            yield return ReadResult.Error(source, problem!);
            yield break;
        }

        foreach (ReadResult item in JsonLines(input, new BoundedLineReader(input.Reader, MarkupLimit(maxChars)), source, firstLineNumber: 1))
        {
            yield return item;
        }
    }

    /// <summary>
    /// The articles of the JSON Lines that <paramref name="lines"/> reads from <paramref name="input"/>; a line
    /// over the reader's bound is named and passed over without being kept.
    /// </summary>
    internal static IEnumerable<ReadResult> JsonLines(DecodedInput input, BoundedLineReader lines, string source, int firstLineNumber)
    {
        int lineNumber = firstLineNumber;
        bool any = false;
        while (true)
        {
            ReadResult? failure = null;
            (string? Text, bool TooLong) line = default;
            try
            {
                line = lines.ReadLine();
            }
            catch (IOException e)
            {
                failure = ReadResult.Error(source, $"cannot read: {e.Message}", lineNumber);
            }

            if (failure is not null)
            {
                yield return failure;
                yield break;
            }

            if (line.TooLong)
            {
                any = true;
                yield return ReadResult.Error(source, BoundedText.OverLimit("line", lines.MaxLineChars), lineNumber);
            }
            else if (line.Text is null)
            {
                break;
            }
            else if (!string.IsNullOrWhiteSpace(line.Text))
            {
                any = true;
                foreach (ReadResult item in JsonLinesParser.Parse(line.Text, source, lineNumber))
                {
                    yield return item;
                }
            }

            lineNumber++;
        }

        // The decoder works ahead of the line being parsed, so invalid bytes are reported for the
        // file as a whole, once every line has been read.
        if (input.Replacements > 0)
        {
            yield return ReadResult.Warning(source, InvalidEncodingReason(input.Replacements, input.EncodingName));
        }

        if (!any)
        {
            yield return ReadResult.Error(source, "file is empty");
        }
    }

    private static string InvalidEncodingReason(int replacements, string encodingName) =>
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"not valid {encodingName}: {replacements} invalid byte sequence(s) read as U+FFFD; offsets are into the text as decoded");
}
