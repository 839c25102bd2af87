namespace QuoteAttribution.Text;

/// <summary>Binary search over items kept in order of a key (offsets, sentence indexes).</summary>
internal static class Sorted
{
    /// <summary>The index of the first item whose key is at least <paramref name="value"/>, or the length when none is.</summary>
    public static int FirstAtOrAfter<T>(ReadOnlySpan<T> items, int value, Func<T, int> key)
    {
        int lo = 0;
        int hi = items.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (key(items[mid]) < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The index of the last item whose key is at most <paramref name="value"/>, or -1 when none is.</summary>
    public static int LastAtOrBefore<T>(ReadOnlySpan<T> items, int value, Func<T, int> key) =>
        FirstAtOrAfter(items, value + 1, key) - 1;
}
