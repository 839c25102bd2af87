using System.Buffers;

namespace QuoteAttribution.Text;

/// <summary>Character tests shared by the scanners; every quotation mark is named here once.</summary>
internal static class CharClass
{
    public const char StraightDouble = '"';
    public const char LeftDouble = '\u201C';      // “
    public const char RightDouble = '\u201D';     // ”
    public const char LowDouble = '\u201E';       // „
    public const char LeftGuillemet = '\u00AB';   // «
    public const char RightGuillemet = '\u00BB';  // »
    public const char StraightSingle = '\'';
    public const char LeftSingle = '\u2018';      // ‘
    public const char RightSingle = '\u2019';     // ’ (also the typographic apostrophe)
    public const char LowSingle = '\u201A';       // ‚
    public const char Backtick = '`';
    public const char Prime = '\u2032';           // ′, sometimes typed for an apostrophe

    /// <summary>True for any double quotation mark.</summary>
    public static bool IsDoubleMark(char c) =>
        c is StraightDouble or LeftDouble or RightDouble or LowDouble or LeftGuillemet or RightGuillemet;

    /// <summary>True for any single quotation mark or apostrophe-like character.</summary>
    public static bool IsSingleMark(char c) =>
        c is StraightSingle or LeftSingle or RightSingle or LowSingle or Backtick or Prime;

    /// <summary>Every character <see cref="IsQuoteMark"/> is true for, for scanners that jump from mark to mark.</summary>
    public static readonly SearchValues<char> QuoteMarks = SearchValues.Create(
        [StraightDouble, LeftDouble, RightDouble, LowDouble, LeftGuillemet, RightGuillemet,
         StraightSingle, LeftSingle, RightSingle, LowSingle, Backtick, Prime]);

    /// <summary>True for any quotation mark.</summary>
    public static bool IsQuoteMark(char c) => IsDoubleMark(c) || IsSingleMark(c);

    /// <summary>Letters and digits: the characters a word is made of.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>Dashes used around attributions (<c>-</c>, en dash, em dash).</summary>
    public static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014' or '\u2012' or '\u2015';
}
