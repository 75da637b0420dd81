// A received message parsed with GMime, for the sending suites to compare
// with what was stored and meant: decoded names, subject, plain and HTML
// bodies, Message-ID and any header.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace outreach::test {

struct ReceivedMail
{
    QString fromName;
    QString fromAddress;
    QString toName;
    QString toAddress;
    QString subject;
    QString messageId; // without angle brackets
    QString plainBody; // decoded text/plain part, CRLF turned into LF
    QString htmlBody;  // decoded text/html part, if any
    QString contentType;
    QString plainTransferEncoding;
    QString rawSubjectHeader;        // as on the wire (RFC 2047 encoded words)
    QHash<QString, QString> headers; // lower-case names, decoded values

    static ReceivedMail parse(const QByteArray &bytes);
};

} // namespace outreach::test
