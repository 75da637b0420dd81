// Reads a raw RFC 5322 message with GMime 3: headers (RFC 2047 decoded),
// the MIME tree, transfer encodings and charsets, delivery-status parts.
// Thread-safe: each call has its own GMime objects.
#pragma once

#include "ParsedMail.h"

#include <QByteArray>

#include <optional>

namespace outreach::inbox {

ParsedMail parseMail(const QByteArray &raw);
// A header alone (BODY.PEEK[HEADER]) read for inbox sync's triage: only
// valid, messageId, inReplyTo, references, fromAddress, fromName, subject
// and deliveryReport are filled, each as parseMail() fills it.
// Reads a plain header (7-bit, every line a field or its continuation, no
// triage field twice: nearly every header) without building GMime's
// message: the triage fields are split out and each parsed by GMime's own
// field parser. Other headers go to GMime's whole parser.
ParsedMail parseMailHeader(const QByteArray &header);
// That fast path alone: std::nullopt when the header is not plain.
std::optional<ParsedMail> parsePlainMailHeader(const QByteArray &header);

// HTML to readable plain text (block elements become line breaks, entities
// decoded); quoted parts (blockquote, gmail_quote, Outlook's divRplyFwdMsg)
// are cut when cutQuote is set.
QString htmlToText(const QString &html, bool cutQuote = false);

// "Name: value" blocks of a message/delivery-status body (RFC 3464 §2.1).
QList<QHash<QString, QString>> parseFieldBlocks(const QString &text);

} // namespace outreach::inbox
