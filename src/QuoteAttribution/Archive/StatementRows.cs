using Microsoft.Data.Sqlite;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Archive;

/// <summary>The one mapping between a <see cref="QuoteRecord"/> and a row of the <c>statements</c> table.</summary>
internal static class StatementRows
{
    /// <summary>The record columns in <see cref="Read"/>'s order, for SELECTs (prefix <c>s.</c>).</summary>
    public const string Columns =
        "s.article, s.origin, s.quote_id, s.kind, s.text, s.start, s.\"end\", s.speaker, s.speaker_id, s.speaker_type, " +
        "s.speaker_mention, s.speaker_start, s.speaker_end, s.role, s.affiliation, s.cue, s.addressee, s.date, s.rule, s.confidence";

    /// <summary>How many statements an article can hold: a statement's id is its article's <c>seq</c> times this, plus its <c>n</c>.</summary>
    public const long StatementsPerArticle = 1L << 24;

    /// <summary>
    /// The row id of statement <paramref name="n"/> of the article stored as <paramref name="seq"/>. Row ids
    /// in archive order (articles by <c>seq</c>, statements by <c>n</c>) let the full-text index, which
    /// yields matches in row id order, answer "the first N in archive order" without sorting every match.
    /// </summary>
    public static long Id(long seq, int n) => n is > 0 and < (int)StatementsPerArticle
        ? (seq * StatementsPerArticle) + n
        : throw new ArchiveException($"an article holds at most {StatementsPerArticle - 1} statements");

    /// <summary>A prepared INSERT for <see cref="Insert"/>.</summary>
    public static PositionalStatement InsertCommand(SqliteConnection connection) => new(
        connection,
        """
        INSERT INTO statements (id, article, n, origin, quote_id, kind, text, start, "end", speaker, speaker_id,
            speaker_type, speaker_mention, speaker_start, speaker_end, role, affiliation, cue, addressee, date, rule, confidence)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)
        """);

    /// <summary>Inserts <paramref name="r"/> as statement <paramref name="n"/> of the article stored as <paramref name="seq"/>, with the archive's speaker id.</summary>
    public static void Insert(PositionalStatement insert, QuoteRecord r, long seq, int n, string speakerId)
    {
        insert.BindInteger(1, Id(seq, n));
        insert.BindText(2, r.Article);
        insert.BindInteger(3, n);
        insert.BindText(4, r.Origin);
        insert.BindText(5, r.QuoteId);
        insert.BindText(6, RecordFields.Lower(r.Kind));
        insert.BindText(7, r.Text);
        insert.BindInteger(8, r.Start);
        insert.BindInteger(9, r.End);
        insert.BindText(10, r.Speaker);
        insert.BindText(11, speakerId);
        insert.BindText(12, RecordFields.Lower(r.SpeakerType));
        insert.BindText(13, r.SpeakerMention);
        insert.BindInteger(14, r.SpeakerStart);
        insert.BindInteger(15, r.SpeakerEnd);
        insert.BindText(16, r.Role);
        insert.BindText(17, r.Affiliation);
        insert.BindText(18, r.Cue);
        insert.BindText(19, r.Addressee);
        insert.BindText(20, RecordFields.Date(r.Date));
        insert.BindText(21, r.Rule);

        // Every format shows two decimals; storing the same keeps an archive from records equal to one from articles.
        insert.BindReal(22, Math.Round(r.Confidence, 2, MidpointRounding.AwayFromZero));
        insert.Execute();
    }

    /// <summary>The record of the current row of a SELECT of <see cref="Columns"/>.</summary>
    public static QuoteRecord Read(SqliteDataReader row) => new()
    {
        Article = row.GetString(0),
        Origin = row.GetString(1),
        QuoteId = row.GetString(2),
        Kind = RecordValues.Kind(row.GetString(3)),
        Text = row.GetString(4),
        Start = row.GetInt32(5),
        End = row.GetInt32(6),
        Speaker = row.GetString(7),
        SpeakerId = row.GetString(8),
        SpeakerType = RecordValues.SpeakerType(row.GetString(9)),
        SpeakerMention = row.GetString(10),
        SpeakerStart = row.IsDBNull(11) ? null : row.GetInt32(11),
        SpeakerEnd = row.IsDBNull(12) ? null : row.GetInt32(12),
        Role = row.GetString(13),
        Affiliation = row.GetString(14),
        Cue = row.GetString(15),
        Addressee = row.GetString(16),
        Date = RecordValues.Date(row.GetString(17)),
        Rule = row.GetString(18),
        Confidence = row.GetDouble(19),
    };
}
