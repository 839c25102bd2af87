using System.Text;
using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Corpus;

/// <summary>
/// Records parked in a temporary file while a run decides its speaker ids, so that memory stays flat
/// however large the corpus: <see cref="Add"/> every record, then <see cref="ReadBack"/> them once, in
/// the order they were added. The file is unlinked as soon as it is open (deleted on close on Windows).
/// </summary>
/// <remarks>
/// A compact binary form, not JSON: it is read back by this type only, field for field, so nothing
/// (offsets, confidence, dates) changes on the way through.
/// </remarks>
public sealed class RecordSpool : IDisposable
{
    private readonly FileStream _file;
    private readonly BinaryWriter _writer;
    private bool _reading;

    /// <summary>Creates an empty spool in the temporary folder.</summary>
    public RecordSpool()
    {
        string path = Path.Combine(Path.GetTempPath(), $"quotes-spool-{Guid.NewGuid():N}.bin");
        if (OperatingSystem.IsWindows())
        {
            _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        }
        else
        {
            // Unlinked at once: the open handle keeps the data, and no signal or kill can leave the file behind.
            _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            File.Delete(path);
        }

        _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>How many records were added.</summary>
    public int Count { get; private set; }

    /// <summary>Parks <paramref name="record"/>.</summary>
    /// <exception cref="InvalidOperationException">The spool is already being read back.</exception>
    public void Add(QuoteRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_reading)
        {
            throw new InvalidOperationException("records cannot be added once the spool is read back");
        }

        BinaryWriter w = _writer;
        foreach (string text in (string[])[record.Article, record.Origin, record.QuoteId, record.Text, record.Speaker, record.SpeakerId,
            record.SpeakerMention, record.Role, record.Affiliation, record.Cue, record.Addressee, record.Rule])
        {
            w.Write(text);
        }

        w.Write((int)record.Kind);
        w.Write((int)record.SpeakerType);
        w.Write(record.Start);
        w.Write(record.End);
        w.Write(record.SpeakerStart ?? -1);
        w.Write(record.SpeakerEnd ?? -1);
        w.Write(record.Date?.DayNumber ?? -1);
        w.Write(record.Confidence);
        Count++;
    }

    /// <summary>Every record added, in the order added; read once.</summary>
    public IEnumerable<QuoteRecord> ReadBack()
    {
        _reading = true;
        _writer.Flush();
        _file.Position = 0;
        using BinaryReader r = new(_file, Encoding.UTF8, leaveOpen: true);
        for (int i = 0; i < Count; i++)
        {
            yield return Read(r);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }

    private static QuoteRecord Read(BinaryReader r)
    {
        // The order of Add.
        string article = r.ReadString(), origin = r.ReadString(), quoteId = r.ReadString(), text = r.ReadString(),
            speaker = r.ReadString(), speakerId = r.ReadString(), mention = r.ReadString(), role = r.ReadString(),
            affiliation = r.ReadString(), cue = r.ReadString(), addressee = r.ReadString(), rule = r.ReadString();
        StatementKind kind = (StatementKind)r.ReadInt32();
        SpeakerType type = (SpeakerType)r.ReadInt32();
        int start = r.ReadInt32(), end = r.ReadInt32(), speakerStart = r.ReadInt32(), speakerEnd = r.ReadInt32(), day = r.ReadInt32();
        double confidence = r.ReadDouble();
        return new QuoteRecord
        {
            Article = article,
            Origin = origin,
            QuoteId = quoteId,
            Kind = kind,
            Text = text,
            Start = start,
            End = end,
            Speaker = speaker,
            SpeakerId = speakerId,
            SpeakerType = type,
            SpeakerMention = mention,
            SpeakerStart = speakerStart < 0 ? null : speakerStart,
            SpeakerEnd = speakerEnd < 0 ? null : speakerEnd,
            Role = role,
            Affiliation = affiliation,
            Cue = cue,
            Addressee = addressee,
            Date = day < 0 ? null : DateOnly.FromDayNumber(day),
            Rule = rule,
            Confidence = confidence,
        };
    }
}
