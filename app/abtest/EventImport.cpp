#include "EventImport.h"
#include "CampaignLifecycle.h"
#include "CampaignRepository.h"
#include "EventStage.h"
#include "FieldKey.h"
#include "csv/CsvReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QRegularExpression>
#include <QThreadPool>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace outreach {
namespace {

int findColumn(const QStringList &headers, std::initializer_list<QStringView> names)
{
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString h = fieldKey(headers.at(i));
        for (QStringView name : names) {
            if (h == name)
                return int(i);
        }
    }
    return -1;
}

// One chunk of the file, read and checked off the database thread: the good
// rows as EventStage sends them to the database, and the bad rows' reports.
struct Chunk
{
    StagedBatch batch;
    QList<ImportIssue> errors;
    bool end = false; // nothing follows (end of file, or a read failure)
};

// Reads the event rows of a CSV file after its header, a chunk at a time.
class RowReader
{
public:
    RowReader(CsvReader &reader, const QStringList &headers, const SqlDialect &dialect)
        : m_reader(reader)
        , m_dialect(dialect)
        , m_headers(headers)
        , m_emailCol(findColumn(headers, {u"email", u"e_mail", u"email_address", u"recipient"}))
        , m_idCol(findColumn(headers, {u"message_id"}))
        , m_eventCol(findColumn(headers, {u"event", u"event_type", u"action"}))
        , m_timeCol(findColumn(headers,
                               {u"timestamp", u"time", u"date", u"occurred_at", u"datetime", u"event_time"}))
    {}

    // The header names of the file's columns that are missing, empty when
    // the file can be read.
    QStringList missingColumns() const
    {
        QStringList missing;
        if (m_emailCol < 0 && m_idCol < 0)
            missing << u"email or message_id"_s;
        if (m_eventCol < 0)
            missing << u"event"_s;
        if (m_timeCol < 0)
            missing << u"timestamp"_s;
        return missing;
    }
    QString emailHeader() const { return header(m_emailCol); }
    QString idHeader() const { return header(m_idCol); }

    // The next `maxRows` good rows (fewer at the end), sorted by email and
    // message id so the database walks its indexes in order.
    Chunk next(qsizetype maxRows)
    {
        Chunk chunk;
        QList<StagedEvent> rows;
        rows.reserve(maxRows); // at most kReadPieceRows: run() caps the pieces
        while (rows.size() < maxRows) {
            const CsvReader::Status status = m_reader.readNext();
            if (status == CsvReader::Status::End) {
                chunk.end = true;
                break;
            }
            if (status != CsvReader::Status::Record) {
                const CsvError &e = m_reader.error();
                chunk.errors.append({e.line, header(e.fieldIndex), e.reason});
                if (status == CsvReader::Status::Failed) {
                    chunk.end = true;
                    break;
                }
                continue;
            }
            if (auto row = parseRow(chunk.errors))
                rows.append(*row);
        }
        std::sort(rows.begin(), rows.end(), [](const StagedEvent &a, const StagedEvent &b) {
            return a.email != b.email ? a.email < b.email : a.messageId < b.messageId;
        });
        chunk.batch = EventStage::prepare(rows, m_dialect);
        return chunk;
    }

private:
    QString header(int column) const
    {
        return column >= 0 && column < m_headers.size() ? m_headers.at(column) : QString();
    }
    QString field(int column) const
    {
        const QStringList &fields = m_reader.fields();
        return column >= 0 && column < fields.size() ? fields.at(column).trimmed() : QString();
    }

    // The current record as an event, or nullopt (and a report, unless the
    // line is blank).
    std::optional<StagedEvent> parseRow(QList<ImportIssue> &errors) const
    {
        const int line = m_reader.line();
        bool blank = true;
        for (const QString &f : m_reader.fields())
            blank = blank && f.trimmed().isEmpty();
        if (blank)
            return std::nullopt;
        StagedEvent row;
        row.line = line;
        const QString idText = field(m_idCol);
        const QString email = field(m_emailCol);
        if (!idText.isEmpty()) {
            bool ok = false;
            row.messageId = idText.toLongLong(&ok);
            if (!ok || row.messageId <= 0) {
                errors.append(
                    {line, idHeader(),
                     QCoreApplication::translate("EventImport", "\"%1\" is not a message id.").arg(idText)});
                return std::nullopt;
            }
        } else if (!email.isEmpty()) {
            row.email = email.toLower();
        } else {
            errors.append(
                {line, m_emailCol >= 0 ? emailHeader() : idHeader(),
                 QCoreApplication::translate(
                     "EventImport", "The row names no message: the email (or message_id) is empty.")});
            return std::nullopt;
        }
        const QString eventName = field(m_eventCol);
        const auto type = EventImport::eventTypeFromName(eventName);
        if (!type) {
            errors.append({line, header(m_eventCol),
                           eventName.isEmpty()
                               ? QCoreApplication::translate("EventImport", "The event is empty.")
                               : QCoreApplication::translate(
                                     "EventImport", "Unknown event \"%1\" (not a funnel stage we track).")
                                     .arg(eventName)});
            return std::nullopt;
        }
        row.type = *type;
        const QString timeText = field(m_timeCol);
        const auto time = EventImport::parseTimestamp(timeText);
        if (!time) {
            errors.append(
                {line, header(m_timeCol),
                 QCoreApplication::translate(
                     "EventImport",
                     "\"%1\" is not a timestamp: use ISO 8601 (2025-03-01T14:05:00Z) or Unix seconds.")
                     .arg(timeText)});
            return std::nullopt;
        }
        row.occurredAt = *time;
        return row;
    }

    CsvReader &m_reader;
    const SqlDialect &m_dialect; // passed to EventStage::prepare, never asked
    const QStringList m_headers;
    const int m_emailCol;
    const int m_idCol;
    const int m_eventCol;
    const int m_timeCol;
};

// Resolves what is staged, reports the rows that name no message of the
// test, and appends the rest.
DbStatus append(EventStage &stage, qint64 campaignId, const QString &source, const RowReader &rows,
                EventImportResult &result)
{
    auto unresolved = stage.resolve(campaignId);
    if (!unresolved)
        return unresolved.error();
    for (const UnresolvedEvent &row : std::as_const(*unresolved)) {
        if (!row.email.isEmpty())
            result.errors.append(
                {row.line, rows.emailHeader(),
                 QCoreApplication::translate("EventImport",
                                             "No message of campaign %1 in the test is addressed to %2.")
                     .arg(campaignId)
                     .arg(row.email)});
        else
            result.errors.append(
                {row.line, rows.idHeader(),
                 QCoreApplication::translate("EventImport",
                                             "Message %1 is not a message of campaign %2 in the test.")
                     .arg(row.messageId)
                     .arg(campaignId)});
    }
    auto appended = stage.apply(source);
    if (!appended)
        return appended.error();
    result.imported += appended->inserted;
    result.duplicates += appended->duplicates;
    return Ok{};
}

std::optional<QDateTime> parseAnyTimestamp(const QString &text)
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
    const auto it = names.constFind(fieldKey(name));
    if (it == names.cend())
        return std::nullopt;
    return it.value();
}

std::optional<QDateTime> EventImport::parseTimestamp(const QString &text)
{
    // Beyond the year 9999 neither ISO 8601 nor PostgreSQL's readers in Qt
    // follow: such a time is a typo (a Unix time with digits too many).
    const auto time = parseAnyTimestamp(text);
    if (!time || time->date().year() > 9999)
        return std::nullopt;
    return time;
}

DbResult<EventImportResult> EventImport::run(Database &db, qint64 campaignId, QIODevice *device,
                                             const QString &source, qsizetype chunkRows)
{
    auto campaign = CampaignRepository(db).get(campaignId);
    if (!campaign)
        return campaign.error();
    const CampaignStatus s = campaign->status;
    // An archived campaign's test has run too: late replies still count.
    if (!CampaignLifecycle::testStarted(s))
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
    RowReader rows(reader, headers, db.dialect());
    if (const QStringList missing = rows.missingColumns(); !missing.isEmpty()) {
        result.fileError =
            QCoreApplication::translate("EventImport", "Line %1: the header has no %2 column (found: %3).")
                .arg(reader.line())
                .arg(missing.join(u", "_s), headers.join(u", "_s));
        return result;
    }
    result.fileRead = true;

    // Appends touch most pages of the event index and the lookups most of
    // the email index: on a big campaign that is far more than the usual
    // cache. Declared before the transaction, so it outlives it.
    const BulkCacheSize cacheSize(db, 1024);
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status().error();
    EventStage stage(db);
    if (chunkRows <= 0)
        chunkRows = EventStage::preferredChunkRows(db.dialect());
    // The reader thread reads and checks the next rows while the database
    // stages or appends the ones before: at most 100,000 at a time, and the
    // first few much fewer, so the database starts at once (it takes several
    // times longer over a chunk than the reader, so each chunk can be a few
    // times the one before and still be ready in time). What is staged is
    // appended once it reaches `chunkRows`. Declared after `rows`: the pool's
    // destructor waits for a read in flight when an error returns early.
    QThreadPool readers;
    readers.setMaxThreadCount(1);
    const qsizetype maxRead = std::min<qsizetype>(chunkRows, kReadPieceRows);
    qsizetype readSize = std::min<qsizetype>(maxRead, 10000);
    const auto readNext = [&] {
        const qsizetype rowsToRead = readSize;
        readSize = std::min(readSize * 4, maxRead);
        return QtConcurrent::run(&readers, [&rows, rowsToRead] { return rows.next(rowsToRead); });
    };
    QFuture<Chunk> next = readNext();
    qsizetype staged = 0;
    for (;;) {
        const Chunk chunk = next.takeResult();
        if (!chunk.end)
            next = readNext();
        result.errors += chunk.errors;
        if (auto status = stage.add(chunk.batch, campaignId); !status)
            return status.error();
        staged += chunk.batch.size;
        if (staged > 0 && (staged >= chunkRows || chunk.end)) {
            if (auto status = append(stage, campaignId, source, rows, result); !status)
                return status.error();
            staged = 0;
        }
        if (chunk.end)
            break;
    }
    if (auto status = transaction.commit(); !status)
        return status.error();
    std::stable_sort(result.errors.begin(), result.errors.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
    return result;
}

} // namespace outreach
