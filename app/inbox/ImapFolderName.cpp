#include "ImapFolderName.h"

#include <cctype>

namespace outreach::inbox {

namespace {

bool direct(char16_t c)
{
    return c >= 0x20 && c <= 0x7e && c != u'&';
}

QByteArray shifted(const QString &run)
{
    QByteArray utf16;
    utf16.reserve(run.size() * 2);
    for (const QChar c : run) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xff));
    }
    return '&' +
           utf16.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals).replace('/', ',') +
           '-';
}

} // namespace

QByteArray encodeImapFolderName(const QString &name)
{
    QByteArray out;
    out.reserve(name.size());
    QString run;
    for (const QChar c : name) {
        if (direct(c.unicode())) {
            if (!run.isEmpty()) {
                out += shifted(run);
                run.clear();
            }
            out += char(c.unicode());
        } else if (c == u'&' && run.isEmpty()) {
            out += "&-";
        } else if (c == u'&') {
            out += shifted(run);
            run.clear();
            out += "&-";
        } else {
            run += c; // UTF-16 code units, surrogate pairs included
        }
    }
    if (!run.isEmpty())
        out += shifted(run);
    return out;
}

std::optional<QString> decodeImapFolderName(const QByteArray &wire)
{
    QString out;
    qsizetype i = 0;
    while (i < wire.size()) {
        const char c = wire.at(i);
        if (c != '&') {
            if (uchar(c) < 0x20 || uchar(c) > 0x7e)
                return std::nullopt;
            out += QLatin1Char(c);
            ++i;
            continue;
        }
        const qsizetype end = wire.indexOf('-', i + 1);
        if (end < 0)
            return std::nullopt;
        if (end == i + 1) {
            out += u'&';
            i = end + 1;
            continue;
        }
        QByteArray b64 = wire.mid(i + 1, end - i - 1);
        for (const char ch : b64) {
            if (!(std::isalnum(uchar(ch)) || ch == '+' || ch == ','))
                return std::nullopt;
        }
        b64.replace(',', '/');
        const auto result = QByteArray::fromBase64Encoding(b64, QByteArray::Base64Encoding |
                                                                    QByteArray::AbortOnBase64DecodingErrors);
        const QByteArray &decoded = result.decoded;
        if (!result || decoded.size() % 2 != 0 || decoded.isEmpty())
            return std::nullopt;
        for (qsizetype k = 0; k < decoded.size(); k += 2)
            out += QChar(char16_t((uchar(decoded.at(k)) << 8) | uchar(decoded.at(k + 1))));
        i = end + 1;
    }
    return out;
}

} // namespace outreach::inbox
