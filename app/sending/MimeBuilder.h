// Builds the RFC 5322 / MIME message of one email send with GMime 3: From
// and To with display names (RFC 2047 where needed), encoded Subject, Date,
// our Message-ID, a text/plain UTF-8 quoted-printable body (optionally with
// an HTML alternative made from the text), the signature, the unsubscribe
// line and a List-Unsubscribe mailto header naming the sending mailbox. No
// tracking pixel and no redirected links (docs/SENDING.md says why).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace outreach {

struct MailContent
{
    QString fromName;
    QString fromAddress;
    QString toName;
    QString toAddress;
    QString subject;
    QString body;      // the variant's text, template variables filled
    QString signature; // appended after "-- " unless the body already ends with it
    QString unsubscribeLine;
    QString unsubscribeToken; // List-Unsubscribe: <mailto:FROM?subject=unsubscribe-TOKEN>
    QString messageId;        // without angle brackets
    QDateTime date;
    bool html = false;
};

class MimeBuilder
{
public:
    // The whole message, CRLF line ends, ready for SMTP DATA.
    static QByteArray build(const MailContent &content);
    // The text/plain body as sent (body, signature, unsubscribe line).
    static QString plainText(const MailContent &content);
    // Paragraphs and links of the plain text as simple HTML.
    static QString htmlFromText(const QString &text);
    // The translated default unsubscribe line.
    static QString defaultUnsubscribeLine();
    // The mailto target of List-Unsubscribe.
    static QString listUnsubscribe(const QString &fromAddress, const QString &token);
};

} // namespace outreach
