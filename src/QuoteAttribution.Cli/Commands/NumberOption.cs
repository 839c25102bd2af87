using System.CommandLine;
using System.Globalization;

namespace QuoteAttribution.Cli.Commands;

/// <summary>Range checks for whole-number options.</summary>
internal static class NumberOption
{
    /// <summary>
    /// Rejects a value below <paramref name="minimum"/> with <paramref name="message"/>. It reads the token, not
    /// <c>GetValueOrDefault</c>: that throws on a value that is no number at all (<c>--threads many</c>), which
    /// crashed the command; the parser reports that case itself as a usage error.
    /// </summary>
    public static Option<int> AtLeast(this Option<int> option, int minimum, string message)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0
                && int.TryParse(result.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
                && value < minimum)
            {
                result.AddError(message);
            }
        });
        return option;
    }

    /// <summary>Rejects a value above <paramref name="maximum"/> with <paramref name="message"/> (read from the token, as <see cref="AtLeast"/>).</summary>
    public static Option<int> AtMost(this Option<int> option, int maximum, string message)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0
                && int.TryParse(result.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
                && value > maximum)
            {
                result.AddError(message);
            }
        });
        return option;
    }
}
