using System.Collections.Immutable;
using System.Text.Json;

namespace QuoteAttribution.Evaluation;

/// <summary>A gold JSONL file as read: the articles that could be read and the lines that could not.</summary>
/// <param name="Path">The file it was read from.</param>
/// <param name="Articles">The readable articles, in file order.</param>
/// <param name="Problems">One entry per unreadable line, naming file and line.</param>
public sealed record GoldFile(string Path, ImmutableArray<GoldArticle> Articles, ImmutableArray<InputProblem> Problems)
{
    /// <summary>
    /// Reads one article a line (<c>id</c>, <c>text</c>, <c>quotes</c>); blank lines are skipped.
    /// A line that is not a valid article is reported and left out; the rest is read.
    /// </summary>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    public static GoldFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        ImmutableArray<GoldArticle>.Builder articles = ImmutableArray.CreateBuilder<GoldArticle>();
        ImmutableArray<InputProblem>.Builder problems = ImmutableArray.CreateBuilder<InputProblem>();
        JsonLinesFile.ForEachLine(path, problems, line => articles.Add(ParseArticle(line)));
        return new GoldFile(path, articles.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>Reads one gold article from its JSON object.</summary>
    /// <exception cref="FormatException">A required field is missing or has the wrong type.</exception>
    public static GoldArticle ParseArticle(JsonElement line)
    {
        if (line.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("not a JSON object");
        }

        string id = JsonFields.Id(JsonFields.Get(line, "id")) ?? throw new FormatException("no \"id\" (string or number)");
        if (JsonFields.Get(line, "text") is not { ValueKind: JsonValueKind.String } text)
        {
            throw new FormatException($"article {id}: no \"text\" string");
        }

        if (JsonFields.Get(line, "quotes") is not { ValueKind: JsonValueKind.Array } quotes)
        {
            throw new FormatException($"article {id}: no \"quotes\" array");
        }

        ImmutableArray<GoldStatement>.Builder statements = ImmutableArray.CreateBuilder<GoldStatement>();
        int n = 0;
        int codePoints = new CodePointMap(text.GetString()!).CodePointLength;
        foreach (JsonElement quote in quotes.EnumerateArray())
        {
            statements.Add(Validate(ParseStatement(quote, id, n), codePoints, id, n));
            n++;
        }

        return new GoldArticle(id, text.GetString()!, statements.ToImmutable());
    }

    private static GoldStatement ParseStatement(JsonElement quote, string id, int n)
    {
        string where = $"article {id}, quote {n.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        if (!JsonFields.TryGetInteger(JsonFields.Get(quote, "start"), out long start)
            || !JsonFields.TryGetInteger(JsonFields.Get(quote, "end"), out long end))
        {
            throw new FormatException($"{where}: \"start\" and \"end\" must be integers");
        }

        JsonElement? speaker = JsonFields.Get(quote, "speaker");
        if (speaker is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) })
        {
            throw new FormatException($"{where}: \"speaker\" must be a string or null");
        }

        return new GoldStatement(
            ToInt(start, where),
            ToInt(end, where),
            JsonFields.StringOrEmpty(JsonFields.Get(quote, "text")),
            speaker?.ValueKind == JsonValueKind.String ? speaker.Value.GetString() : null,
            OptionalInt(JsonFields.Get(quote, "speaker_start"), where),
            OptionalInt(JsonFields.Get(quote, "speaker_end"), where),
            JsonFields.Kind(JsonFields.Get(quote, "kind")) ?? throw new FormatException($"{where}: \"kind\" must be a string"));
    }

    /// <summary>
    /// Refuses a statement that would be scored as nonsense: reversed spans, offsets outside the text
    /// (code points), a kind other than the three (a missing or empty kind already reads as indirect).
    /// </summary>
    private static GoldStatement Validate(GoldStatement statement, int codePoints, string id, int n)
    {
        string where = $"article {id}, quote {n.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        if (!IsSpan(statement.Start, statement.End, codePoints))
        {
            throw new FormatException(Invariant($"{where}: \"start\" {statement.Start} and \"end\" {statement.End} are not a span of the text's {codePoints} code points"));
        }

        if (statement.SpeakerStart is int speakerStart && statement.SpeakerEnd is int speakerEnd
            && !IsSpan(speakerStart, speakerEnd, codePoints))
        {
            throw new FormatException(Invariant($"{where}: speaker offsets {speakerStart}..{speakerEnd} are not a span of the text's {codePoints} code points"));
        }

        if (!EvaluationOptions.AllKinds.Contains(statement.Kind))
        {
            throw new FormatException($"{where}: unknown \"kind\" '{statement.Kind}'; use {string.Join(", ", EvaluationOptions.AllKinds)}");
        }

        return statement;
    }

    private static bool IsSpan(int start, int end, int length) => start >= 0 && start <= end && end <= length;

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    private static int? OptionalInt(JsonElement? value, string where)
    {
        if (value is null or { ValueKind: JsonValueKind.Null })
        {
            return null;
        }

        return JsonFields.TryGetInteger(value, out long result)
            ? ToInt(result, where)
            : throw new FormatException($"{where}: speaker offsets must be integers or null");
    }

    private static int ToInt(long value, string where) =>
        value is >= int.MinValue and <= int.MaxValue ? (int)value : throw new FormatException($"{where}: offset out of range");
}
