using QuoteAttribution.Text;

namespace QuoteAttribution.Quotes;

/// <summary>Quotes held inside a quote of the other family of marks (<c>‘The council called it “a modest upgrade”,’ Reyes said</c>).</summary>
internal static class NestedQuotes
{
    /// <summary>
    /// The closing single mark of the quote opened at <paramref name="singleOpenAt"/> when the double mark at
    /// <paramref name="i"/> and its partner both stand inside it; else -1. Only a single quote that opens like
    /// speech (a capital after the mark) holds others: '90s or 'em before a double quote holds nothing.
    /// </summary>
    public static int SingleCloseAround(string text, int singleOpenAt, int i, TextSpan p)
    {
        if (singleOpenAt + 1 >= p.End || !char.IsUpper(text[singleOpenAt + 1]))
        {
            return -1;
        }

        int doubles = 0;
        for (int j = i; j < p.End; j++)
        {
            if (CharClass.IsDoubleMark(text[j]))
            {
                doubles++;
            }
            else if (text[j] is CharClass.RightSingle or CharClass.StraightSingle && QuoteMarks.SingleFacing(text, j) == QuoteMarks.Facing.Closing)
            {
                return doubles >= 2 && doubles % 2 == 0 ? j : -1;
            }
        }

        return -1;
    }
}
