// What the inbox needs from one received message, read by MailParser
// (GMime): identity and threading headers, the decoded text, and for
// delivery reports (RFC 3464) the per-recipient fields and the original
// message's id. Plain data, so the classifier stays a pure function.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace outreach::inbox {

struct DeliveryStatus
{
    QString finalRecipient; // address only, lower-case
    QString action;         // failed, delayed, delivered, relayed, expanded
    QString status;         // enhanced status code, e.g. 5.1.1
    QString diagnostic;     // Diagnostic-Code text
};

struct ParsedMail
{
    bool valid = false;
    QString messageId;     // without angle brackets
    QStringList inReplyTo; // ids without angle brackets
    QStringList references;
    QString fromAddress; // lower-case
    QString fromName;
    QStringList toAddresses;         // lower-case
    QString subject;                 // RFC 2047 decoded
    QDateTime date;                  // UTC; invalid when missing
    QHash<QString, QString> headers; // lower-case name -> first value, unfolded

    QString text;          // best plain text: text/plain, else the HTML as text
    bool htmlOnly = false; // text came from HTML
    QString quoteHtmlCut;  // HTML-only: the text before the quoted part

    bool deliveryReport = false; // multipart/report; report-type=delivery-status
    QList<DeliveryStatus> deliveryStatuses;
    QString originalMessageId; // of the bounced message, when enclosed
    QStringList originalRecipients;

    QString header(const QString &name) const { return headers.value(name.toLower()); }
};

} // namespace outreach::inbox
