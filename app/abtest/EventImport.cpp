#include "EventImport.h"
#include "CampaignRepository.h"
#include "EventStage.h"
#include "csv/CsvReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

QString normalizedHeader(const QString &header)
{
    QString h = header.trimmed().toLower();
    h.replace(u' ', u'_').replace(u'-', u'_');
    return h;
}

int findColumn(const QStringList &headers, std::initializer_list<QStringView> names)
{
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString h = normalizedHeader(headers.at(i));
        for (QStringView name : names) {
            if (h == name)
                return int(i);
        }
    }
    return -1;
}

struct Target
{
    qint64 campaignId = 0;
    QString source;
    QString emailHeader;
    QString idHeader;
};

DbStatus flush(EventStage &stage, const Target &target, QList<StagedEvent> &rows, EventImportResult &result)
{
    std::sort(rows.begin(), rows.end(), [](const StagedEvent &a, const StagedEvent &b) {
        return a.email != b.email ? a.email < b.email : a.messageId < b.messageId;
    });
    auto status = stage.add(rows);
    rows.clear();
    if (!status)
        return status;
    auto unresolved = stage.resolve(target.campaignId);
    if (!unresolved)
        return unresolved.error();
    for (const UnresolvedEvent &row : std::as_const(*unresolved)) {
        if (!row.email.isEmpty())
            result.errors.append(
                {row.line, target.emailHeader,
                 QCoreApplication::translate("EventImport",
                                             "No message of campaign %1 in the test is addressed to %2.")
                     .arg(target.campaignId)
                     .arg(row.email)});
        else
            result.errors.append(
                {row.line, target.idHeader,
                 QCoreApplication::translate("EventImport",
                                             "Message %1 is not a message of campaign %2 in the test.")
                     .arg(row.messageId)
                     .arg(target.campaignId)});
    }
    auto appended = stage.apply(target.source);
    if (!appended)
        return appended.error();
    result.imported += appended->inserted;
    result.duplicates += appended->duplicates;
    return Ok{};
}

} // namespace

QJsonObject EventImportResult::toJson() const
{
    QJsonArray list;
    for (const ImportIssue &issue : errors)
        list.append(issue.toJson());
    return QJsonObject{{u"imported"_s, imported}, {u"duplicates"_s, duplicates}, {u"errors"_s, list}};
}

std::optional<EventType> EventImport::eventTypeFromName(const QString &name)
{
    static const QHash<QString, EventType> names = {
        {u"sent"_s, EventType::Sent},
        {u"send"_s, EventType::Sent},
        {u"processed"_s, EventType::Sent}, // SendGrid: accepted for sending
        {u"delivered"_s, EventType::Delivered},
        {u"delivery"_s, EventType::Delivered},
        {u"opened"_s, EventType::Opened},
        {u"open"_s, EventType::Opened},
        {u"clicked"_s, EventType::Clicked},
        {u"click"_s, EventType::Clicked},
        {u"replied"_s, EventType::Replied},
        {u"reply"_s, EventType::Replied},
        {u"bounced"_s, EventType::Bounced},
        {u"bounce"_s, EventType::Bounced},
        {u"hard_bounce"_s, EventType::Bounced}, // Mailchimp
        {u"soft_bounce"_s, EventType::Bounced}, // Mailchimp
        {u"dropped"_s, EventType::Bounced},     // SendGrid: never handed to the receiver
        {u"unsubscribed"_s, EventType::Unsubscribed},
        {u"unsubscribe"_s, EventType::Unsubscribed},
        {u"unsub"_s, EventType::Unsubscribed},             // Mailchimp
        {u"group_unsubscribe"_s, EventType::Unsubscribed}, // SendGrid
        {u"spamreport"_s, EventType::Unsubscribed},        // SendGrid: a complaint ends contact
        {u"abuse"_s, EventType::Unsubscribed},             // Mailchimp complaint
    };
    QString key = name.trimmed().toLower();
    key.replace(u' ', u'_').replace(u'-', u'_');
    const auto it = names.constFind(key);
    if (it == names.cend())
        return std::nullopt;
    return it.value();
}

std::optional<QDateTime> EventImport::parseTimestamp(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    static const QRegularExpression unix(u"^\\d{1,16}(\\.\\d{1,9})?$"_s);
    if (unix.match(t).hasMatch()) {
        const qsizetype dot = t.indexOf(u'.');
        const QString whole = dot < 0 ? t : t.left(dot);
        bool ok = false;
        const qint64 value = whole.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        if (whole.size() >= 13)
            return QDateTime::fromMSecsSinceEpoch(value, QTimeZone::utc());
        qint64 ms = value * 1000;
        if (dot >= 0)
            ms += qint64(std::floor(QString(u"0"_s + t.mid(dot)).toDouble() * 1000 + 1e-6));
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    }
    static const QRegularExpression dateOnly(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (dateOnly.match(t).hasMatch()) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(0, 0), QTimeZone::utc());
    }
    static const QRegularExpression iso(
        u"^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?$"_s);
    if (!iso.match(t).hasMatch())
        return std::nullopt;
    QString s = t;
    s[10] = u'T';
    // Qt reads at most milliseconds: cut longer fractions (microseconds).
    static const QRegularExpression longFraction(u"(\\.\\d{3})\\d+"_s);
    s.replace(longFraction, u"\\1"_s);
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime) // no offset given: UTC, not this machine's zone
        dt = QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    return dt.toUTC();
}

DbResult<EventImportResult> EventImport::run(Database &db, qint64 campaignId, QIODevice *device,
                                             const QString &source, qsizetype chunkRows)
{
    auto campaign = CampaignRepository(db).get(campaignId);
    if (!campaign)
        return campaign.error();
    const CampaignStatus s = campaign->status;
    if (s != CampaignStatus::Active && s != CampaignStatus::Paused && s != CampaignStatus::Completed)
        return DbError{
            DbError::Kind::Invalid,
            QCoreApplication::translate(
                "EventImport", "Campaign %1 is %2: events can be recorded once it has been activated.")
                .arg(campaignId)
                .arg(toString(s))};

    EventImportResult result;
    CsvReader reader(device);
    const CsvReader::Status first = reader.readNext();
    if (first != CsvReader::Status::Record) {
        result.fileError =
            first == CsvReader::Status::End
                ? QCoreApplication::translate("EventImport", "The file is empty: it needs a header line.")
                : reader.error().toString();
        return result;
    }
    const QStringList headers = reader.fields();
    const int emailCol = findColumn(headers, {u"email", u"e_mail", u"email_address", u"recipient"});
    const int idCol = findColumn(headers, {u"message_id"});
    const int eventCol = findColumn(headers, {u"event", u"event_type", u"action"});
    const int timeCol =
        findColumn(headers, {u"timestamp", u"time", u"date", u"occurred_at", u"datetime", u"event_time"});
    QStringList missing;
    if (emailCol < 0 && idCol < 0)
        missing << u"email or message_id"_s;
    if (eventCol < 0)
        missing << u"event"_s;
    if (timeCol < 0)
        missing << u"timestamp"_s;
    if (!missing.isEmpty()) {
        result.fileError =
            QCoreApplication::translate("EventImport", "Line %1: the header has no %2 column (found: %3).")
                .arg(reader.line())
                .arg(missing.join(u", "_s), headers.join(u", "_s));
        return result;
    }
    result.fileRead = true;
    const QString emailHeader = emailCol >= 0 ? headers.at(emailCol) : QString();
    const QString idHeader = idCol >= 0 ? headers.at(idCol) : QString();

    // Appends touch most pages of the event index and the lookups most of
    // the email index: on a big campaign that is far more than the usual
    // cache. Declared before the transaction, so it outlives it.
    const BulkCacheSize cacheSize(db, 1024);
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status().error();
    EventStage stage(db);
    const Target target{campaignId, source, emailHeader, idHeader};
    QList<StagedEvent> rows;
    chunkRows = std::max<qsizetype>(chunkRows, 1);
    rows.reserve(std::min(chunkRows, kDefaultChunkRows));
    const auto field = [&reader](int column) {
        return column >= 0 && column < reader.fields().size() ? reader.fields().at(column).trimmed()
                                                              : QString();
    };
    for (;;) {
        const CsvReader::Status status = reader.readNext();
        if (status == CsvReader::Status::End)
            break;
        if (status != CsvReader::Status::Record) {
            const CsvError &e = reader.error();
            const QString column =
                e.fieldIndex >= 0 && e.fieldIndex < headers.size() ? headers.at(e.fieldIndex) : QString();
            result.errors.append({e.line, column, e.reason});
            if (status == CsvReader::Status::Failed)
                break;
            continue;
        }
        const int line = reader.line();
        bool blank = true;
        for (const QString &f : reader.fields())
            blank = blank && f.trimmed().isEmpty();
        if (blank)
            continue;
        StagedEvent row;
        row.line = line;
        const QString idText = field(idCol);
        const QString email = field(emailCol);
        if (!idText.isEmpty()) {
            bool ok = false;
            row.messageId = idText.toLongLong(&ok);
            if (!ok || row.messageId <= 0) {
                result.errors.append(
                    {line, idHeader,
                     QCoreApplication::translate("EventImport", "\"%1\" is not a message id.").arg(idText)});
                continue;
            }
        } else if (!email.isEmpty()) {
            row.email = email.toLower();
        } else {
            result.errors.append(
                {line, emailCol >= 0 ? emailHeader : idHeader,
                 QCoreApplication::translate(
                     "EventImport", "The row names no message: the email (or message_id) is empty.")});
            continue;
        }
        const QString eventName = field(eventCol);
        const auto type = eventTypeFromName(eventName);
        if (!type) {
            result.errors.append(
                {line, headers.at(eventCol),
                 eventName.isEmpty()
                     ? QCoreApplication::translate("EventImport", "The event is empty.")
                     : QCoreApplication::translate("EventImport",
                                                   "Unknown event \"%1\" (not a funnel stage we track).")
                           .arg(eventName)});
            continue;
        }
        row.type = *type;
        const QString timeText = field(timeCol);
        const auto time = parseTimestamp(timeText);
        if (!time) {
            result.errors.append(
                {line, headers.at(timeCol),
                 QCoreApplication::translate(
                     "EventImport",
                     "\"%1\" is not a timestamp: use ISO 8601 (2025-03-01T14:05:00Z) or Unix seconds.")
                     .arg(timeText)});
            continue;
        }
        row.occurredAt = *time;
        rows.append(row);
        if (rows.size() >= chunkRows) {
            if (auto status = flush(stage, target, rows, result); !status)
                return status.error();
        }
    }
    if (auto status = flush(stage, target, rows, result); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    std::stable_sort(result.errors.begin(), result.errors.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
    return result;
}

} // namespace outreach
