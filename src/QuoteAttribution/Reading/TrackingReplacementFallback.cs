using System.Text;

namespace QuoteAttribution.Reading;

/// <summary>
/// Decodes invalid bytes as U+FFFD, like <see cref="DecoderReplacementFallback"/>, and remembers that it
/// had to, so the reader can warn about the file instead of silently changing its text.
/// </summary>
internal sealed class TrackingReplacementFallback : DecoderFallback
{
    private const char Replacement = '\uFFFD';

    /// <summary>How many invalid byte sequences were replaced so far.</summary>
    public int Replacements { get; private set; }

    /// <inheritdoc/>
    public override int MaxCharCount => 1;

    /// <inheritdoc/>
    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(TrackingReplacementFallback owner) : DecoderFallbackBuffer
    {
        private bool _pending;

        public override int Remaining => _pending ? 1 : 0;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Replacements++;
            _pending = true;
            return true;
        }

        public override char GetNextChar()
        {
            if (!_pending)
            {
                return '\0';
            }

            _pending = false;
            return Replacement;
        }

        public override bool MovePrevious() => false;

        public override void Reset() => _pending = false;
    }
}
