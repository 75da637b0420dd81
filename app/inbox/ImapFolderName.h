// IMAP mailbox names on the wire are "modified UTF-7" (RFC 3501, 5.1.3):
// printable ASCII stands for itself ("&" becomes "&-"), everything else is
// UTF-16 in base64 with "," for "/", between "&" and "-". A German
// "Entwürfe" or a Japanese folder must be encoded before EXAMINE, and what
// a server lists must be decoded before it is shown.
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace outreach::inbox {

QByteArray encodeImapFolderName(const QString &name);
// std::nullopt for a name that is not valid modified UTF-7.
std::optional<QString> decodeImapFolderName(const QByteArray &wire);

} // namespace outreach::inbox
