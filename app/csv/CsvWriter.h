// Writes RFC 4180 CSV records as UTF-8, quoting only where needed and, by
// default, defusing cells a spreadsheet would run as a formula.
#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

namespace outreach {

class CsvWriter
{
public:
    enum class LineEnding { CrLf, Lf };

    // The device must be open for writing; the writer does not own it.
    explicit CsvWriter(QIODevice *device);

    void setDelimiter(QChar delimiter) { m_delimiter = delimiter; }
    // RFC 4180 says CRLF, which is the default; LF suits Unix tools.
    void setLineEnding(LineEnding ending) { m_lineEnding = ending; }
    // See neutralizeFormula(); on by default because exported cells hold
    // text that came from leads and language models, not from us.
    void setNeutralizeFormulas(bool on) { m_neutralize = on; }
    // A UTF-8 byte order mark makes Excel read the file as UTF-8.
    void setWriteBom(bool on) { m_writeBom = on; }

    // False when the device refused the bytes; errorString() says why.
    bool writeRecord(const QStringList &fields);
    QString errorString() const { return m_error; }

    // One field as it appears in the file: neutralized if asked, then quoted
    // when it holds the delimiter, a quote, CR, LF, or edge whitespace.
    static QString formatField(const QString &field, QChar delimiter = u',', bool neutralize = true);
    static QString formatRecord(const QStringList &fields, QChar delimiter = u',', bool neutralize = true);

    // OWASP "CSV injection": a cell starting with = + - @ tab or CR may be
    // evaluated as a formula by Excel, LibreOffice or Google Sheets. We put
    // an apostrophe in front, which spreadsheets show as plain text and which
    // a human reader recognises. A phone number ("+15550114000",
    // "+49 30 1234-567") is left alone: leads carry them, and the apostrophe
    // damaged them for every tool that reads the file. "-5" still gets one.
    static bool isFormulaLike(QStringView cell);
    // "+" and 7 to 15 digits with spaces, dots, hyphens or parentheses.
    static bool isPhoneNumber(QStringView cell);
    static QString neutralizeFormula(const QString &cell);

private:
    QIODevice *m_device;
    QChar m_delimiter = u',';
    LineEnding m_lineEnding = LineEnding::CrLf;
    bool m_neutralize = true;
    bool m_writeBom = false;
    bool m_wroteAnything = false;
    QString m_error;
};

} // namespace outreach
