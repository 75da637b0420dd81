#include "CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace outreach {

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{}

bool CsvWriter::isPhoneNumber(QStringView cell)
{
    // "+" then a digit, then only digits and the separators people write in
    // phone numbers; 7 to 15 digits as E.164 allows. No operator but the
    // leading "+", so a spreadsheet can at worst read it as a number.
    if (cell.size() < 2 || cell.front() != u'+' || !cell.at(1).isDigit())
        return false;
    int digits = 0;
    for (const QChar c : cell.mid(1)) {
        if (c >= u'0' && c <= u'9')
            ++digits;
        else if (c != u' ' && c != u'-' && c != u'.' && c != u'(' && c != u')')
            return false;
    }
    return digits >= 7 && digits <= 15;
}

bool CsvWriter::isFormulaLike(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.front();
    if (c == u'+' && isPhoneNumber(cell))
        return false;
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString CsvWriter::neutralizeFormula(const QString &cell)
{
    return isFormulaLike(cell) ? u'\'' + cell : cell;
}

QString CsvWriter::formatField(const QString &field, QChar delimiter, bool neutralize)
{
    const QString value = neutralize ? neutralizeFormula(field) : field;
    bool quote = !value.isEmpty() && (value.front().isSpace() || value.back().isSpace());
    for (const QChar c : value) {
        if (c == delimiter || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString CsvWriter::formatRecord(const QStringList &fields, QChar delimiter, bool neutralize)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += delimiter;
        line += formatField(fields.at(i), delimiter, neutralize);
    }
    return line;
}

bool CsvWriter::writeRecord(const QStringList &fields)
{
    QByteArray bytes;
    if (!m_wroteAnything && m_writeBom)
        bytes = "\xEF\xBB\xBF";
    m_wroteAnything = true;
    bytes += formatRecord(fields, m_delimiter, m_neutralize).toUtf8();
    bytes += m_lineEnding == LineEnding::CrLf ? "\r\n" : "\n";
    if (m_device->write(bytes) != bytes.size()) {
        m_error = QCoreApplication::translate("CsvWriter", "Could not write the CSV file: %1")
                      .arg(m_device->errorString());
        return false;
    }
    return true;
}

} // namespace outreach
