#include "Sending.h"
#include "EventRepository.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>
#include <array>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

template<typename E, size_t N>
std::optional<E> parseName(const std::array<const char *, N> &names, const QString &text)
{
    for (size_t i = 0; i < N; ++i) {
        if (text.compare(QLatin1StringView(names[i]), Qt::CaseInsensitive) == 0)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

constexpr std::array<const char *, 3> kSenderKinds{"mailbox", "phone", "linkedin"};
constexpr std::array<const char *, 3> kSecurities{"tls", "starttls", "none"};
constexpr std::array<const char *, 7> kStates{"queued", "claimed",    "sent",    "failed",
                                              "held",   "suppressed", "in_doubt"};
constexpr std::array<const char *, 3> kSuppressionKinds{"email", "phone", "domain"};
constexpr std::array<const char *, 4> kReasons{"unsubscribed", "hard_bounce", "complained", "do_not_contact"};
constexpr std::array<const char *, 7> kDays{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

std::optional<int> parseClock(const QString &text)
{
    static const QRegularExpression re(u"^(\\d{1,2}):(\\d{2})$"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (min > 59 || h > 24 || (h == 24 && min != 0))
        return std::nullopt;
    return h * 60 + min;
}

} // namespace

QString toString(SenderKind value)
{
    return QString::fromLatin1(kSenderKinds[size_t(value)]);
}
QString toString(Security value)
{
    return QString::fromLatin1(kSecurities[size_t(value)]);
}
QString toString(SendState value)
{
    return QString::fromLatin1(kStates[size_t(value)]);
}
QString toString(SuppressionKind value)
{
    return QString::fromLatin1(kSuppressionKinds[size_t(value)]);
}
QString toString(SuppressionReason value)
{
    return QString::fromLatin1(kReasons[size_t(value)]);
}
std::optional<SenderKind> senderKindFromString(const QString &text)
{
    return parseName<SenderKind>(kSenderKinds, text);
}
std::optional<Security> securityFromString(const QString &text)
{
    return parseName<Security>(kSecurities, text);
}
std::optional<SendState> sendStateFromString(const QString &text)
{
    return parseName<SendState>(kStates, text);
}
std::optional<SuppressionKind> suppressionKindFromString(const QString &text)
{
    return parseName<SuppressionKind>(kSuppressionKinds, text);
}
std::optional<SuppressionReason> suppressionReasonFromString(const QString &text)
{
    return parseName<SuppressionReason>(kReasons, text);
}

std::optional<SendWindow> SendWindow::parse(const QString &text, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<SendWindow> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QStringList parts = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return fail(u"expected DAYS HH:MM-HH:MM, e.g. \"mon-fri 09:00-17:00\""_s);
    SendWindow w;
    w.days = 0;
    const QString days = parts[0].toLower();
    if (days == u"daily" || days == u"all") {
        w.days = 0x7F;
    } else {
        for (const QString &item : days.split(u',', Qt::SkipEmptyParts)) {
            const QStringList range = item.split(u'-');
            const auto first = parseName<int>(kDays, range.value(0));
            const auto last = range.size() == 2 ? parseName<int>(kDays, range[1]) : first;
            if (!first || !last || range.size() > 2)
                return fail(u"unknown day \"%1\" (use mon, tue, wed, thu, fri, sat, sun)"_s.arg(item));
            for (int d = *first;; d = (d + 1) % 7) {
                w.days |= 1 << d;
                if (d == *last)
                    break;
            }
        }
    }
    const QStringList hours = parts[1].split(u'-');
    const auto start = parseClock(hours.value(0));
    const auto end = parseClock(hours.value(1));
    if (hours.size() != 2 || !start || !end)
        return fail(u"hours \"%1\" are not HH:MM-HH:MM"_s.arg(parts[1]));
    w.startMinute = *start;
    w.endMinute = *end;
    return w;
}

QString SendWindow::toText() const
{
    QStringList names;
    for (int d = 0; d < 7; ++d) {
        if (days & (1 << d))
            names.append(QString::fromLatin1(kDays[size_t(d)]));
    }
    const QString dayText = days == 0x7F ? u"daily"_s : days == 0x1F ? u"mon-fri"_s : names.join(u',');
    auto clock = [](int m) {
        return u"%1:%2"_s.arg(m / 60, 2, 10, QChar(u'0')).arg(m % 60, 2, 10, QChar(u'0'));
    };
    return dayText + u' ' + clock(startMinute) + u'-' + clock(endMinute);
}

namespace sendtime {

QString bind(const QDateTime &time)
{
    return EventRepository::storedTime(time);
}

QVariant bindOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(bind(time)) : QVariant(QMetaType::fromType<QString>());
}

QDateTime read(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

} // namespace sendtime
} // namespace outreach
