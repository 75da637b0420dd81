#include "EventImport.h"
#include "CampaignRepository.h"
#include "EventRepository.h"
#include "csv/CsvReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

// Rows resolved and appended together: bounds memory on big files and keeps
// the lookups batched. Large, because each chunk is sorted by key before it
// goes to the database: neighbouring keys share index pages, so the random
// order of a vendor's file stops costing a page walk per row.
constexpr qsizetype kChunkRows = 20000;
// Keys per lookup: a round trip to PostgreSQL is shared by many; on SQLite
// Qt's parameter binding grows with the square of their number.
qsizetype lookupBatch(const Database &db)
{
    return db.isPostgres() ? 500 : 40;
}

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

struct PendingRow
{
    int line = 0;
    QString email; // lower case; empty when the row names a message id
    qint64 messageId = 0;
    EventType type = EventType::Sent;
    QDateTime time;
};

class Importer
{
public:
    Importer(Database &db, qint64 campaignId, const QString &source)
        : m_db(db)
        , m_campaignId(campaignId)
        , m_source(source)
        , m_events(db)
    {}

    DbStatus flush(QList<PendingRow> &rows, EventImportResult &result, const QString &emailHeader,
                   const QString &idHeader);

private:
    DbStatus resolveEmails(const QStringList &emails);
    DbStatus resolveIds(const QList<qint64> &ids);
    QSqlQuery &statement(const QString &sql, bool fullBatch);

    Database &m_db;
    qint64 m_campaignId;
    QString m_source;
    EventRepository m_events;
    QHash<QString, qint64> m_byEmail; // 0: no message in the test
    QHash<qint64, bool> m_idKnown;
    std::optional<QSqlQuery> m_lastBatch;
};

QString placeholders(qsizetype count)
{
    QStringList list(count, u"?"_s);
    return list.join(u',');
}

// Full batches reuse the connection's prepared statement; the last, shorter
// one of a file is prepared once.
QSqlQuery &Importer::statement(const QString &sql, bool fullBatch)
{
    if (fullBatch)
        return m_db.cached(sql);
    m_lastBatch.emplace(m_db.prepare(sql));
    m_lastBatch->setForwardOnly(true);
    return *m_lastBatch;
}

DbStatus Importer::resolveEmails(const QStringList &emails)
{
    const qsizetype size = lookupBatch(m_db);
    for (qsizetype from = 0; from < emails.size(); from += size) {
        const QStringList batch = emails.mid(from, size);
        // Driven from the email index; a join lets planners walk the whole
        // campaign through (campaign_id, assigned_variant) instead.
        QSqlQuery &q = statement(u"SELECT lower(l.email), (SELECT m.id FROM campaign_messages m WHERE "
                                 "m.campaign_id = ? AND m.lead_id = l.id AND m.assigned_variant IS NOT NULL) "
                                 "FROM leads l WHERE l.email IS NOT NULL AND lower(l.email) IN ("_s +
                                     placeholders(batch.size()) + u")"_s,
                                 batch.size() == size);
        q.addBindValue(m_campaignId);
        for (const QString &email : batch) {
            q.addBindValue(email);
            m_byEmail.insert(email, 0);
        }
        if (!q.exec())
            return m_db.errorFrom(
                q.lastError(),
                QCoreApplication::translate("EventImport", "Cannot look up the leads of the event file"));
        while (q.next()) {
            if (!q.isNull(1))
                m_byEmail.insert(q.value(0).toString(), q.value(1).toLongLong());
        }
        q.finish();
    }
    return Ok{};
}

DbStatus Importer::resolveIds(const QList<qint64> &ids)
{
    const qsizetype size = lookupBatch(m_db);
    for (qsizetype from = 0; from < ids.size(); from += size) {
        const QList<qint64> batch = ids.mid(from, size);
        QSqlQuery &q = statement(u"SELECT id FROM campaign_messages WHERE campaign_id = ? AND "
                                 "assigned_variant IS NOT NULL AND id IN ("_s +
                                     placeholders(batch.size()) + u")"_s,
                                 batch.size() == size);
        q.addBindValue(m_campaignId);
        for (qint64 id : batch) {
            q.addBindValue(id);
            m_idKnown.insert(id, false);
        }
        if (!q.exec())
            return m_db.errorFrom(
                q.lastError(),
                QCoreApplication::translate("EventImport", "Cannot look up the messages of the event file"));
        while (q.next())
            m_idKnown.insert(q.value(0).toLongLong(), true);
        q.finish();
    }
    return Ok{};
}

DbStatus Importer::flush(QList<PendingRow> &rows, EventImportResult &result, const QString &emailHeader,
                         const QString &idHeader)
{
    QStringList emails;
    QList<qint64> ids;
    QSet<QString> newEmails;
    QSet<qint64> newIds;
    for (const PendingRow &row : std::as_const(rows)) {
        if (!row.email.isEmpty()) {
            if (!m_byEmail.contains(row.email) && !newEmails.contains(row.email)) {
                newEmails.insert(row.email);
                emails.append(row.email);
            }
        } else if (!m_idKnown.contains(row.messageId) && !newIds.contains(row.messageId)) {
            newIds.insert(row.messageId);
            ids.append(row.messageId);
        }
    }
    std::sort(emails.begin(), emails.end());
    std::sort(ids.begin(), ids.end());
    if (auto status = resolveEmails(emails); !status)
        return status;
    if (auto status = resolveIds(ids); !status)
        return status;

    QList<NewEvent> events;
    events.reserve(rows.size());
    for (const PendingRow &row : std::as_const(rows)) {
        if (!row.email.isEmpty()) {
            const qint64 id = m_byEmail.value(row.email);
            if (id == 0) {
                result.errors.append(
                    {row.line, emailHeader,
                     QCoreApplication::translate("EventImport",
                                                 "No message of campaign %1 in the test is addressed to %2.")
                         .arg(m_campaignId)
                         .arg(row.email)});
                continue;
            }
            events.append({id, row.type, row.time});
        } else {
            if (!m_idKnown.value(row.messageId)) {
                result.errors.append(
                    {row.line, idHeader,
                     QCoreApplication::translate("EventImport",
                                                 "Message %1 is not a message of campaign %2 in the test.")
                         .arg(row.messageId)
                         .arg(m_campaignId)});
                continue;
            }
            events.append({row.messageId, row.type, row.time});
        }
    }
    rows.clear();
    std::stable_sort(events.begin(), events.end(),
                     [](const NewEvent &a, const NewEvent &b) { return a.messageId < b.messageId; });
    auto appended = m_events.append(events, m_source);
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
                                             const QString &source)
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

    if (!db.isPostgres()) {
        // Random lookups across large indexes: SQLite's default 2 MiB page
        // cache turns them into system calls. A bigger cache for this
        // connection (memory is only taken as pages are read).
        (void)db.exec(u"PRAGMA cache_size = -131072"_s);
    }
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status().error();
    Importer importer(db, campaignId, source);
    QList<PendingRow> rows;
    rows.reserve(kChunkRows);
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
        PendingRow row;
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
        row.time = *time;
        rows.append(row);
        if (rows.size() >= kChunkRows) {
            if (auto status = importer.flush(rows, result, emailHeader, idHeader); !status)
                return status.error();
        }
    }
    if (auto status = importer.flush(rows, result, emailHeader, idHeader); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    std::stable_sort(result.errors.begin(), result.errors.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
    return result;
}

} // namespace outreach
