using System.Globalization;
using System.Numerics;

namespace QuoteAttribution.Evaluation;

/// <summary>
/// Python's <c>round(x, n)</c> and <c>repr(float)</c>, so that figures print digit for digit as
/// <c>score.py</c> prints them (<c>0.0</c>, <c>0.8125</c>).
/// </summary>
internal static class PythonFloat
{
    /// <summary>
    /// Rounds the exact binary value of <paramref name="value"/> to <paramref name="digits"/> decimals,
    /// ties to even, as Python does. <see cref="Math.Round(double, int)"/> scales by a power of ten
    /// first, which can turn a value just below a tie into a tie and round it the other way.
    /// </summary>
    public static double Round(double value, int digits)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value;
        }

        long bits = BitConverter.DoubleToInt64Bits(value);
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075;
        BigInteger scaled = mantissa * BigInteger.Pow(10, digits);
        BigInteger quotient;
        if (exponent >= 0)
        {
            quotient = scaled << exponent;
        }
        else
        {
            BigInteger denominator = BigInteger.One << -exponent;
            quotient = BigInteger.DivRem(scaled, denominator, out BigInteger remainder);
            int tie = (remainder * 2).CompareTo(denominator);
            if (tie > 0 || (tie == 0 && !quotient.IsEven))
            {
                quotient += 1;
            }
        }

        double magnitude = (double)quotient / Math.Pow(10, digits);
        return value < 0 ? -magnitude : magnitude;
    }

    /// <summary>The shortest text that reads back as <paramref name="value"/>, with Python's <c>.0</c>.</summary>
    public static string Repr(double value)
    {
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal)
            || !double.IsFinite(value)
            ? text
            : text + ".0";
    }
}
