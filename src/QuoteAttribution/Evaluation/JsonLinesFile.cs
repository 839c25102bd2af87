using System.Text.Json;

namespace QuoteAttribution.Evaluation;

/// <summary>
/// Reads a JSON Lines file one object at a time: blank lines are skipped, and a line that is not valid
/// JSON or that <c>handle</c> rejects (<see cref="FormatException"/>, <see cref="InvalidOperationException"/>)
/// becomes a problem naming the file and line, while the rest is read.
/// </summary>
internal static class JsonLinesFile
{
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    public static void ForEachLine(string path, ICollection<InputProblem> problems, Action<JsonElement> handle)
    {
        string name = Path.GetFileName(path);
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using JsonDocument document = JsonDocument.Parse(line);
                handle(document.RootElement);
            }
            catch (JsonException e)
            {
                problems.Add(new InputProblem(name, lineNumber, $"not valid JSON ({e.Message.Split(" LineNumber:")[0]})"));
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException)
            {
                problems.Add(new InputProblem(name, lineNumber, e.Message));
            }
        }
    }
}
