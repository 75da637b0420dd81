// Decides what a received message is to a campaign: a reply, an automatic
// reply (RFC 3834 headers or an out-of-office subject; never a reply or a
// bounce), a delivery report (RFC 3464, or a provider's plain-text bounce),
// an opt-out (our unsubscribe token, or a reply whose first line opts out),
// or a forward. Pure: the same ParsedMail always gives the same answer;
// matching to our sends happens afterwards (InboxMatcher).
#pragma once

#include "ParsedMail.h"

#include <QDate>
#include <optional>

namespace outreach::inbox {

enum class MailKind { Reply, AutoReply, HardBounce, SoftBounce, OptOut, Forward };
QString toString(MailKind kind); // "reply", "auto_reply", "bounce", "soft_bounce", "opt_out", "forward"

struct Classification
{
    MailKind kind = MailKind::Reply;
    QString rule;                    // what decided it, e.g. "header Auto-Submitted", "dsn 5.1.1"
    QStringList threadIds;           // ids that may be ours: In-Reply-To, References, a report's original
    QString address;                 // the sender (reply) or the failed recipient (bounce)
    QString status;                  // bounces: enhanced status code
    QString diagnostic;              // bounces: the server's words
    std::optional<QDate> returnDate; // auto-replies, when readable
    QString unsubscribeToken;        // opt-outs by List-Unsubscribe mail
    QString replyText;               // the text without the quoted part
    QString snippet;                 // first ~200 characters of replyText, one line
};

Classification classifyMail(const ParsedMail &mail);

// From the header alone (a ParsedMail of BODY.PEEK[HEADER]): whether the
// mail may be a delivery report or bounce, or an opt-out by our
// unsubscribe token, the kinds matched through their body or subject
// rather than their thread headers or sender. Inbox sync reads the body of
// such mail, and of mail whose thread or sender matches one of our sends;
// all other mail is left unread.
bool mayBeReportOrOptOut(const ParsedMail &headers);
// In-Reply-To, then References, without repeats: the ids a reply may
// answer.
QStringList threadIdsOf(const ParsedMail &mail);
// The token of a mail to our List-Unsubscribe address ("unsubscribe-TOKEN"
// in the subject); empty when there is none.
QString unsubscribeTokenIn(const QString &subject);

// Helpers, public for their own table tests.
QString unquotedText(const QString &text);
QString snippetOf(const QString &text, int maxChars = 200);
// One opt-out rule for mail and SMS: SMS also knows the carriers' keywords
// (STOPALL, CANCEL, END, QUIT, ARRET, ...).
enum class OptOutChannel { Mail, Sms };
bool isOptOutLine(const QString &line, OptOutChannel channel = OptOutChannel::Mail);
// An inbound SMS whose first line is an opt-out.
bool isSmsOptOut(const QString &body);
bool isOutOfOfficeSubject(const QString &subject);
std::optional<QDate> findReturnDate(const QString &text, const QDate &notBefore);

} // namespace outreach::inbox
