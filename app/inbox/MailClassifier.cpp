#include "MailClassifier.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace outreach::inbox {
namespace {

constexpr auto CI = QRegularExpression::CaseInsensitiveOption;

QString lower(const QString &s)
{
    return s.trimmed().toLower();
}

bool isMailerDaemon(const ParsedMail &mail)
{
    const QString local = mail.fromAddress.section(u'@', 0, 0);
    return local == u"mailer-daemon" || local == u"postmaster" || mail.fromAddress.isEmpty() ||
           mail.fromName.contains(u"Mail Delivery"_s, Qt::CaseInsensitive);
}

// Subjects providers give their plain-text (non-RFC 3464) bounces.
bool isBounceSubject(const QString &subject)
{
    static const QRegularExpression re(
        uR"(^(undeliver(ed|able)|delivery status notification|mail delivery (failed|failure|system)|returned mail|failure notice|delivery failure|nicht zustellbar|unzustellbar|non remis|non distribuable|no se puede entregar|message not delivered))"_s,
        CI);
    return re.match(subject).hasMatch();
}

// An enhanced status code (5.1.1) or failing reply code (550) in free text.
QString statusInText(const QString &text, bool *enhanced)
{
    static const QRegularExpression code(uR"(\b([245])\.(\d{1,3})\.(\d{1,3})\b)"_s);
    if (const auto m = code.match(text); m.hasMatch()) {
        *enhanced = true;
        return m.captured(0);
    }
    static const QRegularExpression reply(uR"(\b([45]\d\d)[ -])"_s);
    if (const auto m = reply.match(text); m.hasMatch()) {
        *enhanced = false;
        return m.captured(1);
    }
    return QString();
}

QString firstRecipientInText(const QString &text, const QString &exclude)
{
    static const QRegularExpression address(uR"(<?([A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})>?)"_s);
    for (auto it = address.globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured(1).toLower();
        const QString local = found.section(u'@', 0, 0);
        if (found != exclude && local != u"mailer-daemon" && local != u"postmaster")
            return found;
    }
    return QString();
}

std::optional<Classification> asBounce(const ParsedMail &mail)
{
    Classification c;
    if (mail.deliveryReport && !mail.deliveryStatuses.isEmpty()) {
        // Several recipients: the first failure decides (we send one per message).
        DeliveryStatus chosen = mail.deliveryStatuses.first();
        for (const DeliveryStatus &s : mail.deliveryStatuses) {
            if (s.action == u"failed") {
                chosen = s;
                break;
            }
        }
        if (chosen.action == u"delivered" || chosen.action == u"relayed" || chosen.action == u"expanded")
            return std::nullopt; // a success notice is no bounce
        const bool hard = chosen.action == u"failed" && chosen.status.startsWith(u'5');
        c.kind = hard ? MailKind::HardBounce : MailKind::SoftBounce;
        c.status = chosen.status;
        c.diagnostic = chosen.diagnostic;
        c.address = chosen.finalRecipient;
        c.rule = u"dsn %1 %2"_s.arg(chosen.action, chosen.status);
    } else if (isMailerDaemon(mail) && (isBounceSubject(mail.subject) || mail.deliveryReport)) {
        bool enhanced = false;
        c.status = statusInText(mail.text, &enhanced);
        const bool delayed =
            QRegularExpression(
                uR"(\b(delayed|will (keep )?(retry|trying)|not yet been delivered|verzögert)\b)"_s, CI)
                .match(mail.subject + u'\n' + mail.text)
                .hasMatch();
        c.kind = (c.status.startsWith(u'5') || (c.status.isEmpty() && !delayed)) && !delayed
                     ? MailKind::HardBounce
                     : MailKind::SoftBounce;
        c.address = mail.originalRecipients.value(0);
        if (c.address.isEmpty())
            c.address = firstRecipientInText(mail.text, mail.fromAddress);
        static const QRegularExpression diag(uR"(^.*\b[45]\.\d{1,3}\.\d{1,3}\b.*$)"_s,
                                             QRegularExpression::MultilineOption);
        c.diagnostic = diag.match(mail.text).captured(0).trimmed();
        c.rule = u"bounce text %1"_s.arg(c.status.isEmpty() ? u"(no code)"_s : c.status);
    } else {
        return std::nullopt;
    }
    if (!mail.originalMessageId.isEmpty())
        c.threadIds.append(mail.originalMessageId);
    static const QRegularExpression idInText(uR"(Message-ID:\s*<([^>\s]+)>)"_s, CI);
    for (auto it = idInText.globalMatch(mail.text); it.hasNext();) {
        const QString id = it.next().captured(1);
        if (!c.threadIds.contains(id))
            c.threadIds.append(id);
    }
    return c;
}

QString autoReplyHeader(const ParsedMail &mail)
{
    const QString submitted = lower(mail.header(u"Auto-Submitted"_s));
    if (!submitted.isEmpty() && submitted != u"no")
        return u"header Auto-Submitted"_s;
    for (const QString &name :
         {u"X-Autoreply"_s, u"X-Autorespond"_s, u"X-Autoresponder"_s, u"X-Auto-Response-Suppress"_s}) {
        if (mail.headers.contains(name.toLower()))
            return u"header "_s + name;
    }
    const QString precedence = lower(mail.header(u"Precedence"_s));
    if (precedence == u"auto_reply" || precedence == u"bulk" || precedence == u"junk")
        return u"header Precedence"_s;
    return QString();
}

bool isForwardSubject(const QString &subject)
{
    static const QRegularExpression re(uR"(^\s*(fwd?|wg|tr|rv|enc)\s*:)"_s, CI);
    return re.match(subject).hasMatch();
}

} // namespace

QString toString(MailKind kind)
{
    switch (kind) {
    case MailKind::Reply:
        return u"reply"_s;
    case MailKind::AutoReply:
        return u"auto_reply"_s;
    case MailKind::HardBounce:
        return u"bounce"_s;
    case MailKind::SoftBounce:
        return u"soft_bounce"_s;
    case MailKind::OptOut:
        return u"opt_out"_s;
    case MailKind::Forward:
        return u"forward"_s;
    }
    return QString();
}

bool isOutOfOfficeSubject(const QString &subject)
{
    static const QRegularExpression re(
        uR"(^\s*(automatic reply|auto[- ]?reply|auto[- ]?response|out of (the )?office|away from (the )?office|on vacation|vacation reply|abwesenheitsnotiz|abwesenheit|automatische antwort|nicht im büro|außer haus|réponse automatique|absence du bureau|absent du bureau|message d'absence|respuesta automática|fuera de la oficina|ausente|respuesta de ausencia))"_s,
        CI);
    return re.match(subject).hasMatch();
}

bool isOptOutLine(const QString &lineIn, OptOutChannel channel)
{
    QString line = lineIn.toLower();
    static const QRegularExpression punctuation(uR"([^\p{L}\p{N}\s'-])"_s);
    line.replace(punctuation, u" "_s);
    line = line.simplified();
    static const QRegularExpression politeness(
        uR"(^(please|pls|bitte|merci de|por favor)\s+|\s+(please|bitte|thanks|thank you|danke|merci|gracias|por favor)$)"_s);
    for (int i = 0; i < 2; ++i)
        line.remove(politeness);
    static const QStringList phrases = {u"unsubscribe"_s,
                                        u"unsubscribe me"_s,
                                        u"stop"_s,
                                        u"remove"_s,
                                        u"remove me"_s,
                                        u"remove me from your list"_s,
                                        u"remove me from your mailing list"_s,
                                        u"take me off your list"_s,
                                        u"opt out"_s,
                                        u"opt-out"_s,
                                        u"do not contact me"_s,
                                        u"don't contact me"_s,
                                        u"do not email me"_s,
                                        u"abmelden"_s,
                                        u"abbestellen"_s,
                                        u"austragen"_s,
                                        u"bitte austragen"_s,
                                        u"keine e-mails mehr"_s,
                                        u"désabonner"_s,
                                        u"désabonnez-moi"_s,
                                        u"se désabonner"_s,
                                        u"désinscription"_s,
                                        u"désinscrire"_s,
                                        u"darse de baja"_s,
                                        u"dar de baja"_s,
                                        u"baja"_s,
                                        u"dame de baja"_s,
                                        u"cancelar suscripción"_s};
    // The keywords carriers and Twilio honour for SMS (a message that is
    // just the word). As the first line of a mail they are too ordinary
    // ("end", "cancel") to mean an opt-out, so they count for SMS only.
    static const QStringList smsKeywords = {u"stopall"_s, u"stop all"_s, u"cancel"_s,         u"end"_s,
                                            u"quit"_s,    u"arret"_s,    u"arrêt"_s,          u"stopp"_s,
                                            u"optout"_s,  u"revoke"_s,   u"unsubscribe all"_s};
    return phrases.contains(line) || (channel == OptOutChannel::Sms && smsKeywords.contains(line));
}

bool isSmsOptOut(const QString &body)
{
    const QString firstLine = body.section(u'\n', 0, 0, QString::SectionSkipEmpty);
    return isOptOutLine(firstLine, OptOutChannel::Sms);
}

namespace {

// Every attribution line the pattern below knows starts (after blanks) with
// one of these: a cheap test that spares most lines of a long mail the
// regular expression.
bool mayStartAttribution(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.size() < 2)
        return false;
    static const QString starts[] = {u"--"_s,   u"__"_s,       u"On"_s,     u"Am"_s,     u"Le"_s,
                                     u"El"_s,   u"Begin"_s,    u"From"_s,   u"Von"_s,    u"De"_s,
                                     u"Sent"_s, u"Gesendet"_s, u"Envoyé"_s, u"Enviado"_s};
    for (const QString &start : starts) {
        if (t.startsWith(start, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

QString unquotedText(const QString &text)
{
    static const QRegularExpression attribution(
        uR"(^\s*(On\b.{0,200}\bwrote:?|Am\b.{0,200}\bschrieb.{0,100}:|Le\b.{0,200}\ba écrit\s?:|El\b.{0,200}\bescribió:?|-{2,}\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Forwarded message|Weitergeleitete Nachricht)\s*-{2,}|_{10,}|Begin forwarded message:|(From|Von|De|Sent|Gesendet|Envoyé|Enviado)\s?:\s.+)\s*$)"_s,
        CI);
    QList<QStringView> lines;
    for (QStringView line : QStringView(text).split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        lines.append(line);
    }
    qsizetype kept = 0;
    for (; kept < lines.size(); ++kept) {
        const QStringView line = lines.at(kept);
        if (line.startsWith(u'>'))
            break;
        if (!mayStartAttribution(line))
            continue;
        if (attribution.match(line).hasMatch())
            break;
        // Gmail wraps a long "On ... wrote:" onto two lines.
        if (line.startsWith(u"On "_s) && kept + 1 < lines.size() &&
            attribution.match(line + u' ' + lines.at(kept + 1)).hasMatch())
            break;
    }
    // Drop a trailing signature ("-- ") and blank lines.
    for (qsizetype i = 0; i < kept; ++i) {
        if (lines.at(i) == u"-- "_s) {
            kept = i;
            break;
        }
    }
    QString out;
    for (qsizetype i = 0; i < kept; ++i) {
        if (i > 0)
            out += u'\n';
        out += lines.at(i);
    }
    return out.trimmed();
}

QString snippetOf(const QString &text, int maxChars)
{
    QString flat = text.simplified();
    if (flat.size() > maxChars)
        flat = flat.left(maxChars - 1).trimmed() + u'…';
    return flat;
}

std::optional<QDate> findReturnDate(const QString &text, const QDate &notBefore)
{
    static const QStringList months[] = {
        {u"jan"_s, u"januar"_s, u"janvier"_s, u"enero"_s, u"jänner"_s},
        {u"feb"_s, u"februar"_s, u"février"_s, u"fevrier"_s, u"febrero"_s},
        {u"mar"_s, u"märz"_s, u"maerz"_s, u"mars"_s, u"marzo"_s},
        {u"apr"_s, u"april"_s, u"avril"_s, u"abril"_s},
        {u"may"_s, u"mai"_s, u"mayo"_s},
        {u"jun"_s, u"juni"_s, u"juin"_s, u"junio"_s},
        {u"jul"_s, u"juli"_s, u"juillet"_s, u"julio"_s},
        {u"aug"_s, u"august"_s, u"août"_s, u"aout"_s, u"agosto"_s},
        {u"sep"_s, u"sept"_s, u"september"_s, u"septembre"_s, u"septiembre"_s},
        {u"oct"_s, u"okt"_s, u"october"_s, u"oktober"_s, u"octobre"_s, u"octubre"_s},
        {u"nov"_s, u"november"_s, u"novembre"_s, u"noviembre"_s},
        {u"dec"_s, u"dez"_s, u"december"_s, u"dezember"_s, u"décembre"_s, u"decembre"_s, u"diciembre"_s}};
    auto monthOf = [](const QString &word) {
        const QString w = word.toLower().remove(u'.');
        for (int m = 0; m < 12; ++m) {
            if (months[m].contains(w) || (w.size() > 3 && months[m].first() == w.left(3) && m != 4))
                return m + 1;
        }
        return 0;
    };
    const int fallbackYear = notBefore.isValid() ? notBefore.year() : QDate::currentDate().year();
    auto fix = [&](int y, int m, int d) -> std::optional<QDate> {
        if (y == 0)
            y = fallbackYear;
        else if (y < 100)
            y += 2000;
        QDate date(y, m, d);
        if (date.isValid() && notBefore.isValid() && date < notBefore && y == fallbackYear)
            date = date.addYears(1); // "back on 3 January" written in December
        if (!date.isValid() || (notBefore.isValid() && date < notBefore))
            return std::nullopt;
        return date;
    };
    static const QRegularExpression iso(uR"(\b(20\d\d)-(\d\d)-(\d\d)\b)"_s);
    static const QRegularExpression numeric(uR"(\b(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?\b)"_s);
    static const QRegularExpression dayMonth(
        uR"(\b(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?([\p{L}]{3,10})\.?(?:\s+(?:de\s+)?(\d{4}))?)"_s);
    static const QRegularExpression monthDay(
        uR"(\b([\p{L}]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?)"_s);
    struct Hit
    {
        qsizetype at;
        QDate date;
    };
    std::optional<Hit> best;
    auto consider = [&](qsizetype at, std::optional<QDate> date) {
        if (date && (!best || at < best->at))
            best = Hit{at, *date};
    };
    if (auto m = iso.match(text); m.hasMatch())
        consider(m.capturedStart(), fix(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        int a = m.captured(1).toInt(), b = m.captured(2).toInt();
        if (a <= 12 && b > 12)
            std::swap(a, b); // US month/day
        consider(m.capturedStart(), fix(m.captured(3).toInt(), b, a));
        break;
    }
    for (auto it = dayMonth.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (const int month = monthOf(m.captured(2))) {
            consider(m.capturedStart(), fix(m.captured(3).toInt(), month, m.captured(1).toInt()));
            break;
        }
    }
    for (auto it = monthDay.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (const int month = monthOf(m.captured(1))) {
            consider(m.capturedStart(), fix(m.captured(3).toInt(), month, m.captured(2).toInt()));
            break;
        }
    }
    if (best)
        return best->date;
    return std::nullopt;
}

QStringList threadIdsOf(const ParsedMail &mail)
{
    QStringList ids = mail.inReplyTo;
    for (const QString &id : mail.references) {
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QString unsubscribeTokenIn(const QString &subject)
{
    static const QRegularExpression token(uR"(\bunsubscribe-([A-Za-z0-9_.=-]{6,}))"_s, CI);
    return token.match(subject).captured(1);
}

bool mayBeReportOrOptOut(const ParsedMail &headers)
{
    // A superset of what asBounce() accepts (a report by its content type,
    // a provider's bounce by its sender) and of the token opt-out.
    return headers.deliveryReport || isMailerDaemon(headers) ||
           !unsubscribeTokenIn(headers.subject).isEmpty();
}

Classification classifyMail(const ParsedMail &mail)
{
    if (auto bounce = asBounce(mail))
        return *bounce;

    Classification c;
    c.address = mail.fromAddress;
    c.threadIds = threadIdsOf(mail);
    c.replyText = mail.htmlOnly ? unquotedText(mail.quoteHtmlCut) : unquotedText(mail.text);
    c.snippet = snippetOf(c.replyText);

    if (const QString token = unsubscribeTokenIn(mail.subject); !token.isEmpty()) {
        c.kind = MailKind::OptOut;
        c.unsubscribeToken = token;
        c.rule = u"unsubscribe token"_s;
        return c;
    }
    const QString header = autoReplyHeader(mail);
    if (!header.isEmpty() || isOutOfOfficeSubject(mail.subject)) {
        c.kind = MailKind::AutoReply;
        c.rule = header.isEmpty() ? u"subject"_s : header;
        c.returnDate = findReturnDate(mail.subject + u'\n' + c.replyText,
                                      mail.date.isValid() ? mail.date.date() : QDate());
        return c;
    }
    const QString firstLine = c.replyText.section(u'\n', 0, 0, QString::SectionSkipEmpty);
    if (isOptOutLine(firstLine) || isOptOutLine(mail.subject.section(u':', -1))) {
        c.kind = MailKind::OptOut;
        c.rule = u"opt-out words"_s;
        return c;
    }
    if (isForwardSubject(mail.subject) && mail.inReplyTo.isEmpty()) {
        c.kind = MailKind::Forward;
        c.rule = u"forward"_s;
        return c;
    }
    c.kind = MailKind::Reply;
    c.rule = c.threadIds.isEmpty() ? u"sender"_s : u"thread"_s;
    return c;
}

} // namespace outreach::inbox
