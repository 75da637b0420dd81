#include "CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

// Large reads keep the per-call overhead of QIODevice out of the hot path.
constexpr qsizetype kChunkBytes = 1 << 20;

// Length in UTF-8 of one UTF-16 code unit (a surrogate pair counts 4 on its high half).
int utf8Length(char16_t c)
{
    if (c < 0x80)
        return 1;
    if (c < 0x800)
        return 2;
    if (QChar::isHighSurrogate(c))
        return 4;
    if (QChar::isLowSurrogate(c))
        return 0;
    return 3;
}

} // namespace

QString CsvError::toString() const
{
    return QCoreApplication::translate("CsvReader", "Line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(reason);
}

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{}

void CsvReader::setDelimiter(QChar delimiter)
{
    m_delimiter = delimiter;
    m_fixedDelimiter = true;
}

QChar CsvReader::detectDelimiter(QStringView headerLine)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : headerLine) {
        if (c == u'"')
            quoted = !quoted; // a doubled quote toggles twice: no net change
        else if (quoted)
            continue;
        else if (c == u'\n')
            break;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

CsvReader::Status CsvReader::readNext()
{
    if (m_finished)
        return m_failed ? Status::Failed : Status::End;
    if (!m_started) {
        m_started = true;
        while (!m_sourceDone && !m_text.contains(u'\n'))
            fill();
        if (!m_fixedDelimiter)
            m_delimiter = detectDelimiter(m_text);
    }
    for (;;) {
        const qsizetype pos = m_pos, lineStart = m_lineStart;
        const int line = m_line;
        m_error = {};
        switch (parseRecord()) {
        case Parse::Done:
            return Status::Record;
        case Parse::Malformed:
            skipToNextLine();
            return Status::Malformed;
        case Parse::Failed:
            m_finished = true;
            m_failed = true;
            return Status::Failed;
        case Parse::End:
            m_finished = true;
            return Status::End;
        case Parse::NeedMore:
            // Re-parse the whole record once more text is in: simpler than
            // resumable state, and linear because chunks grow with the record.
            m_pos = pos;
            m_lineStart = lineStart;
            m_line = line;
            compact(m_pos);
            fill();
            break;
        }
    }
}

CsvReader::Parse CsvReader::parseRecord()
{
    m_fields.clear();
    m_recordLine = m_line;
    bool atRecordStart = true;
    for (;;) {
        const qsizetype size = m_text.size();
        const QChar *d = m_text.constData();
        if (m_pos >= size) {
            if (!m_sourceDone)
                return Parse::NeedMore;
            if (m_decodeFailed) {
                setError(m_line, int(m_pos - m_lineStart) + 1,
                         tr("the file is not valid UTF-8 (first bad byte at offset %1); save it as UTF-8 "
                            "and try again")
                             .arg(m_decodeErrorByte));
                return Parse::Failed;
            }
            if (atRecordStart)
                return Parse::End;
            m_fields.append(QString()); // "a,b," ends with an empty field
            return Parse::Done;
        }
        if (atRecordStart) {
            // Blank lines carry no record; editors and exports leave them behind.
            if (d[m_pos] == u'\n' || (d[m_pos] == u'\r' && m_pos + 1 < size && d[m_pos + 1] == u'\n')) {
                m_pos += d[m_pos] == u'\r' ? 2 : 1;
                ++m_line;
                m_lineStart = m_pos;
                m_recordLine = m_line;
                continue;
            }
            if (d[m_pos] == u'\r' && m_pos + 1 >= size && !m_sourceDone)
                return Parse::NeedMore;
            atRecordStart = false;
        }

        if (d[m_pos] == u'"') {
            QString value;
            if (const Parse r = parseQuoted(value); r != Parse::Done)
                return r;
            d = m_text.constData();
            if (m_pos >= size) {
                if (!m_sourceDone)
                    return Parse::NeedMore;
                if (m_decodeFailed)
                    continue; // reported at the top of the loop
                m_fields.append(std::move(value));
                return Parse::Done;
            }
            const QChar c = d[m_pos];
            if (c == m_delimiter) {
                m_fields.append(std::move(value));
                ++m_pos;
                continue;
            }
            if (c == u'\r' && m_pos + 1 >= size && !m_sourceDone)
                return Parse::NeedMore;
            if (c == u'\n' || (c == u'\r' && m_pos + 1 < size && d[m_pos + 1] == u'\n')) {
                m_fields.append(std::move(value));
                m_pos += c == u'\r' ? 2 : 1;
                ++m_line;
                m_lineStart = m_pos;
                return Parse::Done;
            }
            setError(m_line, int(m_pos - m_lineStart) + 1,
                     tr("unexpected text after the closing quote of a field; a field with quotes must "
                        "end at its closing quote"));
            return Parse::Malformed;
        }

        const qsizetype start = m_pos;
        while (m_pos < size) {
            const QChar c = d[m_pos];
            if (c == m_delimiter || c == u'\n')
                break;
            if (c == u'"') {
                setError(m_line, int(m_pos - m_lineStart) + 1,
                         tr("a quote appears inside a field that does not start with a quote; put the "
                            "field in quotes and double the quote (\"\")"));
                return Parse::Malformed;
            }
            ++m_pos;
        }
        if (m_pos >= size && !m_sourceDone)
            return Parse::NeedMore;
        if (m_pos >= size && m_decodeFailed)
            continue;
        qsizetype end = m_pos;
        const bool newline = m_pos < size && d[m_pos] == u'\n';
        if (newline && end > start && d[end - 1] == u'\r')
            --end;
        m_fields.append(QString(d + start, end - start));
        if (m_pos >= size)
            return Parse::Done;
        ++m_pos;
        if (newline) {
            ++m_line;
            m_lineStart = m_pos;
            return Parse::Done;
        }
    }
}

CsvReader::Parse CsvReader::parseQuoted(QString &value)
{
    const int openLine = m_line;
    const int openColumn = int(m_pos - m_lineStart) + 1;
    ++m_pos;
    for (;;) {
        const qsizetype size = m_text.size();
        const QChar *d = m_text.constData();
        const qsizetype segment = m_pos;
        while (m_pos < size && d[m_pos] != u'"') {
            if (d[m_pos] == u'\n') {
                ++m_line;
                m_lineStart = m_pos + 1;
            }
            ++m_pos;
        }
        if (m_pos >= size) {
            if (!m_sourceDone)
                return Parse::NeedMore;
            if (m_decodeFailed)
                return Parse::Done; // the caller reports the decoding error at m_pos
            setError(openLine, openColumn,
                     tr("the quoted field starting here is never closed; the rest of the file cannot be "
                        "read"));
            return Parse::Failed;
        }
        value.append(QStringView(d + segment, m_pos - segment));
        if (m_pos + 1 >= size && !m_sourceDone)
            return Parse::NeedMore;
        if (m_pos + 1 < size && d[m_pos + 1] == u'"') {
            value.append(u'"');
            m_pos += 2;
            continue;
        }
        ++m_pos;
        return Parse::Done;
    }
}

void CsvReader::setError(int line, int column, const QString &reason)
{
    m_error.line = line;
    m_error.column = column;
    m_error.fieldIndex = int(m_fields.size());
    m_error.reason = reason;
}

bool CsvReader::skipToNextLine()
{
    for (;;) {
        const qsizetype newline = m_text.indexOf(u'\n', m_pos);
        if (newline >= 0) {
            m_pos = newline + 1;
            ++m_line;
            m_lineStart = m_pos;
            return true;
        }
        if (m_sourceDone) {
            m_pos = m_text.size();
            return false;
        }
        m_lineStart = m_pos; // columns on this line are no longer reported
        compact(m_pos);
        fill();
    }
}

void CsvReader::compact(qsizetype keepFrom)
{
    if (keepFrom <= 0)
        return;
    m_text.remove(0, keepFrom);
    m_pos -= keepFrom;
    m_lineStart -= keepFrom;
}

bool CsvReader::fill()
{
    if (m_sourceDone)
        return false;
    const qsizetype want = std::max(kChunkBytes, m_text.size() + m_pending.size());
    const qsizetype oldSize = m_pending.size();
    m_pending.resize(oldSize + want);
    qint64 got = m_device->read(m_pending.data() + oldSize, want);
    if (got == 0 && m_device->isSequential() && !m_device->atEnd() && m_device->waitForReadyRead(30000))
        got = m_device->read(m_pending.data() + oldSize, want);
    m_pending.resize(oldSize + std::max<qint64>(got, 0));
    if (got <= 0) {
        // A read error ends the input like EOF; a truncated last line then
        // shows up as a malformed or short record rather than vanishing.
        decodePiece(m_pending);
        m_pending.clear();
        m_sourceDone = true;
        return true;
    }
    m_bytesRead += got;
    // Decode only whole lines: UTF-8 never puts 0x0A inside a multi-byte
    // sequence, so each piece decodes on its own and errors are exact.
    const qsizetype lastNewline = m_pending.lastIndexOf('\n');
    if (lastNewline >= 0) {
        decodePiece(m_pending.first(lastNewline + 1));
        m_pending.remove(0, lastNewline + 1);
    }
    return true;
}

void CsvReader::decodePiece(const QByteArray &bytes)
{
    if (m_decodeFailed || bytes.isEmpty())
        return;
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    if (m_bytesDecoded > 0) {
        // The common case: decode straight onto the end of the text, without
        // a temporary string (UTF-8 never takes fewer bytes than UTF-16 units).
        const qsizetype oldSize = m_text.size();
        m_text.resize(oldSize + bytes.size());
        QChar *end = decoder.appendToBuffer(m_text.data() + oldSize, bytes);
        if (!decoder.hasError()) {
            m_text.truncate(end - m_text.constData());
            m_bytesDecoded += bytes.size();
            return;
        }
        m_text.truncate(oldSize); // decode again below to find the bad byte
        decoder.resetState();
    }
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Find the first U+FFFD that the decoder made up, as opposed to one
        // that really is in the file (encoded as EF BF BD).
        qsizetype byte = 0, index = 0;
        for (; index < text.size(); ++index) {
            const char16_t c = text.at(index).unicode();
            if (c == 0xFFFD && bytes.mid(byte, 3) != "\xEF\xBF\xBD")
                break;
            byte += utf8Length(c);
        }
        text.truncate(index);
        m_decodeFailed = true;
        m_decodeErrorByte = m_bytesDecoded + byte;
        m_sourceDone = true;
    }
    if (m_bytesDecoded == 0 && text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    m_bytesDecoded += bytes.size();
    m_text.append(text);
}

} // namespace outreach
