using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace QuoteAttribution.Cli.Commands;

/// <summary>Range checks for whole-number options.</summary>
internal static class NumberOption
{
    /// <summary>
    /// Reads the value as a whole number, and says so in words when it is none ("--threads expects a whole
    /// number, not 'many'.") instead of the parser's "as expected type 'System.Int32'". Call after setting
    /// the option's default.
    /// </summary>
    public static Option<int> WholeNumber(this Option<int> option)
    {
        Func<ArgumentResult, int>? fallback = option.DefaultValueFactory;
        option.CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return fallback?.Invoke(result) ?? 0;
            }

            string token = result.Tokens[^1].Value;
            if (int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
            {
                return value;
            }

            result.AddError($"{option.Name} expects a whole number, not '{token}'.");
            return 0;
        };
        return option;
    }

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
