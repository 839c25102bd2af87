using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NUnit.Framework;

namespace QuoteAttribution.Tests.Support;

/// <summary>
/// Approval files: the output is compared with <c>NAME.verified.json</c>; on a difference it is written
/// to <c>NAME.received.json</c> (git-ignored) and the test fails with the first differing line.
/// <c>QA_ACCEPT=1 dotnet test</c> writes the received output over the verified file instead.
/// </summary>
internal static class Snapshot
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Turns JSON Lines into one indented JSON array, the readable form reviewers diff.</summary>
    public static string FromJsonLines(string jsonLines)
    {
        List<JsonElement> records = [];
        foreach (string line in jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            records.Add(JsonDocument.Parse(line).RootElement.Clone());
        }

        return JsonSerializer.Serialize(records, Indented).ReplaceLineEndings("\n") + "\n";
    }

    public static void Verify(string received, string verifiedPath)
    {
        string receivedPath = verifiedPath.Replace(".verified.", ".received.", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("QA_ACCEPT") == "1")
        {
            File.WriteAllText(verifiedPath, received, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        string verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).ReplaceLineEndings("\n") : "";
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        Assert.Fail($"{Path.GetFileName(verifiedPath)} differs at {FirstDifference(verified, received)}; see {Path.GetFileName(receivedPath)}, accept with QA_ACCEPT=1 dotnet test");
    }

    private static string FirstDifference(string expected, string actual)
    {
        string[] a = expected.Split('\n');
        string[] b = actual.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            string left = i < a.Length ? a[i] : "<end>";
            string right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                return $"line {i + 1}:\n  verified: {left.Trim()}\n  received: {right.Trim()}";
            }
        }

        return "no line";
    }
}
