// Reads RFC 4180 CSV records one at a time from a QIODevice, decoding UTF-8
// strictly and reporting where (line, column) the input stops making sense.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace outreach {

// Where and why a CSV input could not be read. Line and column are 1-based;
// the column counts characters on that physical line.
struct CsvError
{
    int line = 0;
    int column = 0;
    int fieldIndex = -1; // 0-based field of the record, -1 when not known
    QString reason;

    // "Line 3, column 7: <reason>"
    QString toString() const;
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Status {
        Record,    // fields() and line() describe the next record
        Malformed, // this record is broken (see error()); reading can go on
        End,       // no more records
        Failed,    // the rest of the input cannot be read (see error())
    };

    // The device must be open for reading; the reader does not own it.
    explicit CsvReader(QIODevice *device);

    // Fixes the delimiter instead of detecting it from the header line.
    void setDelimiter(QChar delimiter);
    // ',' until the first record was read; then the detected or fixed one.
    QChar delimiter() const { return m_delimiter; }

    Status readNext();

    const QStringList &fields() const { return m_fields; }
    // Physical line on which the last record (or malformed record) starts.
    int line() const { return m_recordLine; }
    const CsvError &error() const { return m_error; }
    // Bytes taken from the device so far, for progress reporting.
    qint64 bytesRead() const { return m_bytesRead; }

    // The candidate (',', ';' or tab) occurring most often outside quotes in
    // the given header line; ',' when none occurs.
    static QChar detectDelimiter(QStringView headerLine);

private:
    enum class Parse { Done, End, NeedMore, Malformed, Failed };

    Parse parseRecord();
    Parse parseQuoted(QString &value);
    bool fill();
    void decodePiece(const QByteArray &bytes);
    void compact(qsizetype keepFrom);
    bool skipToNextLine();
    void setError(int line, int column, const QString &reason);

    QIODevice *m_device;
    QString m_text;            // decoded text not yet consumed (from index 0)
    qsizetype m_pos = 0;       // parse position in m_text
    qsizetype m_lineStart = 0; // index in m_text where the current physical line starts
    int m_line = 1;            // physical line at m_pos
    QByteArray m_pending;      // raw bytes after the last complete line, not yet decoded
    qint64 m_bytesRead = 0;
    qint64 m_bytesDecoded = 0;
    bool m_sourceDone = false;
    bool m_decodeFailed = false;
    qint64 m_decodeErrorByte = 0;
    bool m_started = false;
    bool m_fixedDelimiter = false;
    bool m_finished = false;
    bool m_failed = false;
    QChar m_delimiter = u',';
    QStringList m_fields;
    int m_recordLine = 0;
    CsvError m_error;
};

} // namespace outreach
