// Event log on the backend under test: vendor names and timestamps, CSV
// import idempotency and line-numbered errors, set-status events, and the
// funnel rules (clicked/replied imply opened and delivered, bounced excludes
// delivered) however the events arrive.
#include "AbTestFixture.h"
#include "AnalyticsRepository.h"
#include "CampaignLifecycle.h"
#include "CampaignRepository.h"
#include "EventRepository.h"
#include "EventStage.h"
#include "TestDatabase.h"
#include "abtest/Activation.h"
#include "abtest/EventImport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {

DbResult<EventImportResult> importText(Database &db, qint64 campaignId, const QString &csv,
                                       qsizetype chunkRows = 0)
{
    QByteArray bytes = csv.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return EventImport::run(db, campaignId, &buffer, u"import:test.csv"_s, chunkRows);
}

// The counters the analytics read must equal a recount from the raw log.
void verifyCountersMatchLog(Database &db, qint64 campaignId)
{
    const auto maintained = AnalyticsRepository(db).variantCounts(campaignId);
    const auto recount = AnalyticsRepository(db).recountFromEvents(campaignId);
    QVERIFY2(maintained.ok(), qPrintable(maintained.errorMessage()));
    QVERIFY2(recount.ok(), qPrintable(recount.errorMessage()));
    QCOMPARE(maintained.value(), recount.value());
}

// A vendor-like file over the campaign's messages: random rows by email (in
// random letter case) or by message id, with repeats of earlier rows.
struct RandomFile
{
    QString csv;
    QSet<QString> distinctEvents; // "message|type|time" of the good rows
    qint64 goodRows = 0;
};

RandomFile randomEventFile(const AbCampaign &c, int rows, quint32 seed)
{
    QRandomGenerator rng(seed);
    const QStringList names = {u"sent"_s, u"delivered"_s, u"open"_s, u"click"_s, u"reply"_s, u"bounce"_s};
    RandomFile file;
    file.csv = u"email,message_id,event,timestamp\n"_s;
    for (int i = 0; i < rows; ++i) {
        const int k = int(rng.bounded(c.messageIds.size()));
        const int type = int(rng.bounded(names.size()));
        const qint64 time = 1740000000 + rng.bounded(4); // few distinct times: many repeats
        QString email = c.leads[k].email;
        if (rng.bounded(2))
            email = email.toUpper();
        const bool byId = rng.bounded(3) == 0;
        file.csv += u"%1,%2,%3,%4\n"_s
                        .arg(byId ? QString() : email, byId ? QString::number(c.messageIds[k]) : QString(),
                             names[type])
                        .arg(time);
        file.distinctEvents.insert(u"%1|%2|%3"_s.arg(c.messageIds[k]).arg(type).arg(time));
        ++file.goodRows;
    }
    return file;
}

qint64 eventCount(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT count(*) FROM message_events"_s) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestEvents : public QObject
{
    Q_OBJECT

private slots:
    void eventNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type"); // -1: not a funnel stage
        const QList<std::pair<QString, int>> rows = {
            {u"sent"_s, 0},          {u"SENT"_s, 0},        {u"processed"_s, 0},  {u"delivered"_s, 1},
            {u"opened"_s, 2},        {u"Open"_s, 2},        {u"clicked"_s, 3},    {u"click"_s, 3},
            {u"replied"_s, 4},       {u"reply"_s, 4},       {u"bounced"_s, 5},    {u"bounce"_s, 5},
            {u"hard bounce"_s, 5},   {u"soft-bounce"_s, 5}, {u"dropped"_s, 5},    {u"unsubscribed"_s, 6},
            {u"unsubscribe"_s, 6},   {u"unsub"_s, 6},       {u"spamreport"_s, 6}, {u"deferred"_s, -1},
            {u"opened twice"_s, -1}, {u""_s, -1},
        };
        for (const auto &[name, type] : rows)
            QTest::newRow(qPrintable(name.isEmpty() ? u"(empty)"_s : name)) << name << type;
    }
    void eventNames()
    {
        QFETCH(QString, name);
        QFETCH(int, type);
        const auto parsed = EventImport::eventTypeFromName(name);
        QCOMPARE(parsed ? int(*parsed) : -1, type);
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // empty: invalid
        QTest::newRow("iso Z") << u"2025-03-01T14:05:00Z"_s << u"2025-03-01T14:05:00.000Z"_s;
        QTest::newRow("iso offset") << u"2025-03-01T16:05:00+02:00"_s << u"2025-03-01T14:05:00.000Z"_s;
        QTest::newRow("iso no zone = UTC") << u"2025-03-01 14:05:00"_s << u"2025-03-01T14:05:00.000Z"_s;
        QTest::newRow("iso ms") << u"2025-03-01T14:05:00.123Z"_s << u"2025-03-01T14:05:00.123Z"_s;
        QTest::newRow("iso micro") << u"2025-03-01T14:05:00.123456Z"_s << u"2025-03-01T14:05:00.123Z"_s;
        QTest::newRow("date only") << u"2025-03-01"_s << u"2025-03-01T00:00:00.000Z"_s;
        QTest::newRow("unix seconds") << u"1740837900"_s << u"2025-03-01T14:05:00.000Z"_s;
        QTest::newRow("unix fraction") << u"1740837900.5"_s << u"2025-03-01T14:05:00.500Z"_s;
        QTest::newRow("unix ms") << u"1740837900250"_s << u"2025-03-01T14:05:00.250Z"_s;
        QTest::newRow("unix last of 9999") << u"253402300799"_s << u"9999-12-31T23:59:59.000Z"_s;
        QTest::newRow("unix past 9999") << u"999999999999"_s << QString();
        QTest::newRow("garbage") << u"yesterday"_s << QString();
        QTest::newRow("month 13") << u"2025-13-01T00:00:00Z"_s << QString();
        QTest::newRow("negative") << u"-5"_s << QString();
        QTest::newRow("empty") << u""_s << QString();
    }
    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const auto parsed = EventImport::parseTimestamp(text);
        QCOMPARE(parsed ? EventRepository::storedTime(*parsed) : QString(), utc);
    }

    void funnelRules_data()
    {
        QTest::addColumn<QStringList>("events");
        QTest::addColumn<QString>("stages"); // s d o c r b u
        QTest::newRow("nothing") << QStringList{} << u"-------"_s;
        QTest::newRow("sent") << QStringList{u"sent"_s} << u"s------"_s;
        QTest::newRow("delivered implies sent") << QStringList{u"delivered"_s} << u"sd-----"_s;
        QTest::newRow("click implies open, delivery") << QStringList{u"clicked"_s} << u"sdoc---"_s;
        QTest::newRow("reply implies open, delivery") << QStringList{u"replied"_s} << u"sdo-r--"_s;
        QTest::newRow("bounce") << QStringList{u"sent"_s, u"bounced"_s} << u"s----b-"_s;
        QTest::newRow("bounce after delivered") << QStringList{u"delivered"_s, u"bounced"_s} << u"s----b-"_s;
        QTest::newRow("reply proves delivery") << QStringList{u"bounced"_s, u"replied"_s} << u"sdo-r--"_s;
        QTest::newRow("unsubscribed") << QStringList{u"unsubscribed"_s} << u"s-----u"_s;
    }
    void funnelRules()
    {
        QFETCH(QStringList, events);
        QFETCH(QString, stages);
        int bits = 0;
        for (const QString &e : events)
            bits |= funnelBit(*eventTypeFromString(e));
        const FunnelStages s = FunnelStages::fromBits(bits);
        const QString got = QString(s.sent ? u's' : u'-') + (s.delivered ? u'd' : u'-') +
                            (s.opened ? u'o' : u'-') + (s.clicked ? u'c' : u'-') + (s.replied ? u'r' : u'-') +
                            (s.bounced ? u'b' : u'-') + (s.unsubscribed ? u'u' : u'-');
        QCOMPARE(got, stages);
    }

    void importIsIdempotentAndReportsBadRowsByLine()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 4);
        QVERIFY(Activation::activate(t.db(), c.campaignId, 3).ok());
        const QString csv = u"Email,Event,Timestamp\n"
                            "lead0@example.com,processed,1740837900\n"
                            "LEAD0@EXAMPLE.COM,open,2025-03-01T15:00:00Z\n"
                            "lead1@example.com,click,2025-03-01T15:00:00+01:00\n"
                            "stranger@example.com,open,2025-03-01T15:00:00Z\n"
                            "lead2@example.com,deferred,2025-03-01T15:00:00Z\n"
                            "lead2@example.com,reply,not a time\n"
                            "lead3@example.com,bounce,1740837900\n"
                            "lead3@example.com,bounce,1740837900\n"_s;
        const auto first = importText(t.db(), c.campaignId, csv);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QVERIFY(first->fileRead);
        QCOMPARE(first->imported, 4);
        QCOMPARE(first->duplicates, 1); // line 9 repeats line 8
        QCOMPARE(first->errors.size(), 3);
        QCOMPARE(first->errors[0].line, 5);
        QCOMPARE(first->errors[0].column, u"Email"_s);
        QVERIFY(first->errors[0].reason.contains(u"stranger@example.com"_s));
        QCOMPARE(first->errors[1].line, 6);
        QCOMPARE(first->errors[1].column, u"Event"_s);
        QCOMPARE(first->errors[2].line, 7);
        QCOMPARE(first->errors[2].column, u"Timestamp"_s);
        const QJsonObject json = first->toJson();
        QCOMPARE(json.value(u"errors"_s).toArray().at(0).toObject().value(u"line"_s).toInt(), 5);

        const qint64 stored = eventCount(t.db());
        const auto countsBefore = AnalyticsRepository(t.db()).variantCounts(c.campaignId).value();
        const auto second = importText(t.db(), c.campaignId, csv);
        QVERIFY(second.ok());
        QCOMPARE(second->imported, 0);
        QCOMPARE(second->duplicates, 5);
        QCOMPARE(eventCount(t.db()), stored);
        QCOMPARE(AnalyticsRepository(t.db()).variantCounts(c.campaignId).value(), countsBefore);

        qint64 sent = 0, opened = 0, clicked = 0, bounced = 0;
        for (const FunnelCounts &f : countsBefore) {
            sent += f.sent;
            opened += f.opened;
            clicked += f.clicked;
            bounced += f.bounced;
        }
        QCOMPARE(sent, 3);
        QCOMPARE(opened, 2);
        QCOMPARE(clicked, 1);
        QCOMPARE(bounced, 1);
    }

    void importByMessageIdAndBadHeaders()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 2);
        // Not activated yet: refused.
        const auto early = importText(t.db(), c.campaignId, u"message_id,event,time\n"_s);
        QVERIFY(!early.ok());
        QCOMPARE(early.error().kind, DbError::Kind::Invalid);
        QVERIFY(Activation::activate(t.db(), c.campaignId, 3).ok());

        const auto byId = importText(
            t.db(), c.campaignId,
            u"message_id,event,date\n%1,sent,2025-01-01\n999999,sent,2025-01-01\nabc,sent,2025-01-01\n"_s.arg(
                c.messageIds[1]));
        QVERIFY(byId.ok());
        QCOMPARE(byId->imported, 1);
        QCOMPARE(byId->errors.size(), 2);
        QCOMPARE(byId->errors[0].line, 3);
        QCOMPARE(byId->errors[1].line, 4);

        const auto noEvent = importText(t.db(), c.campaignId, u"email,timestamp\nlead0@example.com,1\n"_s);
        QVERIFY(noEvent.ok());
        QVERIFY(!noEvent->fileRead);
        QVERIFY2(noEvent->fileError.contains(u"event"_s), qPrintable(noEvent->fileError));
        const auto empty = importText(t.db(), c.campaignId, QString());
        QVERIFY(empty.ok() && !empty->fileRead);
    }

    // Events are recorded once the test has started, whatever the campaign
    // became since: an archived campaign still takes late replies.
    void importFollowsTheTestStartedRule_data()
    {
        using S = CampaignStatus;
        QTest::addColumn<bool>("activate");
        QTest::addColumn<QList<CampaignStatus>>("moves"); // after activating, if it is
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ready") << false << QList<S>{} << false;
        QTest::newRow("draft") << false << QList<S>{S::Draft} << false;
        QTest::newRow("active") << true << QList<S>{} << true;
        QTest::newRow("paused") << true << QList<S>{S::Paused} << true;
        QTest::newRow("completed") << true << QList<S>{S::Completed} << true;
        QTest::newRow("archived") << true << QList<S>{S::Completed, S::Archived} << true;
    }

    void importFollowsTheTestStartedRule()
    {
        QFETCH(bool, activate);
        QFETCH(QList<CampaignStatus>, moves);
        QFETCH(bool, accepted);
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 2);
        if (activate)
            QVERIFY(Activation::activate(t.db(), c.campaignId, 3).ok());
        for (const CampaignStatus to : moves)
            QVERIFY(CampaignRepository(t.db()).setStatus(c.campaignId, to).ok());
        const CampaignStatus status = CampaignRepository(t.db()).get(c.campaignId)->status;
        QCOMPARE(CampaignLifecycle::testStarted(status), accepted);
        const auto result = importText(t.db(), c.campaignId,
                                       u"email,event,timestamp\nlead0@example.com,reply,1740837900\n"_s);
        QCOMPARE(result.ok(), accepted);
        if (accepted)
            QCOMPARE(result->imported, 1);
        else
            QCOMPARE(result.error().kind, DbError::Kind::Invalid);
    }

    // Chunks of 7 rows: a message's events span chunks, repeats meet their
    // first occurrence in another chunk, and the counters must still equal a
    // recount from the log. Then a rerun changes nothing.
    void chunkedImportMatchesTheLog()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 12);
        QVERIFY(Activation::activate(t.db(), c.campaignId, 5).ok());
        const RandomFile file = randomEventFile(c, 300, 11);
        const auto first = importText(t.db(), c.campaignId, file.csv, 7);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QVERIFY(first->errors.isEmpty());
        QCOMPARE(first->imported, qint64(file.distinctEvents.size()));
        QCOMPARE(first->imported + first->duplicates, file.goodRows);
        QCOMPARE(eventCount(t.db()), qint64(file.distinctEvents.size()));
        verifyCountersMatchLog(t.db(), c.campaignId);

        const auto again = importText(t.db(), c.campaignId, file.csv, 300);
        QVERIFY(again.ok());
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->duplicates, file.goodRows);
        verifyCountersMatchLog(t.db(), c.campaignId);
    }

    // Rows the campaign cannot take are reported with their line and kept
    // out, whatever chunk they fall in: an excluded message, another
    // campaign's message (by id and by email), an unknown email.
    void rowsOutsideTheTestAreReportedByLine()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 4);
        QVERIFY(Activation::exclude(t.db(), c.messageIds[3]).ok());
        QVERIFY(Activation::activate(t.db(), c.campaignId, 5).ok());
        const AbCampaign other = makeAbCampaign(t.db(), 2, Channel::Email, 100);
        const QString csv = u"email,message_id,event,timestamp\n"
                            "%1,,open,1740000000\n"                 // 2: good
                            "%2,,open,1740000000\n"                 // 3: excluded message
                            ",%3,open,1740000000\n"                 // 4: another campaign's message
                            "%4,,open,1740000000\n"                 // 5: another campaign's lead
                            "nobody@example.com,,open,1740000000\n" // 6
                            ",%5,click,1740000000\n"                // 7: good, by id
                            ""_s.arg(c.leads[0].email, c.leads[3].email)
                                .arg(other.messageIds[0])
                                .arg(other.leads[1].email)
                                .arg(c.messageIds[1]);
        const auto result = importText(t.db(), c.campaignId, csv, 2);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result->imported, 2);
        QList<int> lines;
        for (const ImportIssue &e : result->errors)
            lines << e.line;
        QCOMPARE(lines, (QList<int>{3, 4, 5, 6}));
        QCOMPARE(result->errors[0].column, u"email"_s);
        QCOMPARE(result->errors[1].column, u"message_id"_s);
        QVERIFY(result->errors[1].reason.contains(QString::number(other.messageIds[0])));
        QCOMPARE(eventCount(t.db()), 2);
        verifyCountersMatchLog(t.db(), c.campaignId);
    }

    // Whatever an email holds (quotes, backslashes, control characters,
    // non-ASCII letters), it reaches the database intact: the staged JSON
    // parses back to the same text, and such a lead's events are found.
    void stagedRowsSurviveAnyEmail()
    {
        const QStringList emails = {u"o'neil\"quote\"@example.com"_s, u"back\\slash@example.com"_s,
                                    u"tab\there@example.com"_s, u"jürgen.müller@exämple.de"_s,
                                    u"\u0001ctl@example.com"_s};
        QList<StagedEvent> rows;
        for (const QString &email : emails)
            rows.append({int(rows.size() + 2), email, 0, EventType::Opened,
                         QDateTime::fromSecsSinceEpoch(1740000000, QTimeZone::utc())});
        rows.append(
            {9, QString(), 42, EventType::Bounced, QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc())});
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(EventStage::toJson(rows), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), rows.size());
        for (qsizetype i = 0; i < emails.size(); ++i) {
            QCOMPARE(array.at(i).toArray().at(0).toInt(), rows[i].line);
            QCOMPARE(array.at(i).toArray().at(1).toString(), emails[i]);
            QVERIFY(array.at(i).toArray().at(2).isNull());
        }
        const QJsonArray byId = array.last().toArray();
        QVERIFY(byId.at(1).isNull());
        QCOMPARE(byId.at(2).toInteger(), 42);
        QCOMPARE(byId.at(3).toString(), u"bounced"_s);
        QCOMPARE(byId.at(4).toInt(), funnelBit(EventType::Bounced));
        QCOMPARE(byId.at(5).toString(), u"1970-01-01T00:00:00.000Z"_s);

        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 2);
        const QString odd = u"o'neil\"x\\y\"@exämple.de"_s;
        QSqlQuery rename(t.db().connection());
        rename.prepare(u"UPDATE leads SET email = ? WHERE id = ?"_s);
        rename.addBindValue(odd);
        rename.addBindValue(c.leads[1].id);
        QVERIFY(rename.exec());
        QVERIFY(Activation::activate(t.db(), c.campaignId, 5).ok());
        QString quoted = odd;
        quoted.replace(u'"', u"\"\""_s);
        const auto result = importText(t.db(), c.campaignId,
                                       u"email,event,timestamp\n\"%1\",open,1740000000\n"_s.arg(quoted));
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QVERIFY2(result->errors.isEmpty(), qPrintable(result->errors.value(0).reason));
        QCOMPARE(result->imported, 1);
        QCOMPARE(EventRepository(t.db()).forMessage(c.messageIds[1]).value().size(), 1);
    }

    // Two importers at once, each on its own connection, with overlapping
    // files: every event is stored once and the counters equal the log.
    // PostgreSQL serializes them per campaign, SQLite by its write lock.
    void concurrentImportsKeepCountersExact()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 20);
        QVERIFY(Activation::activate(t.db(), c.campaignId, 5).ok());
        const RandomFile a = randomEventFile(c, 400, 1);
        const RandomFile b = randomEventFile(c, 400, 2);
        QSet<QString> all = a.distinctEvents;
        all.unite(b.distinctEvents);

        qint64 imported[2] = {0, 0};
        QString errors[2];
        const auto run = [&](int k, const QString &csv) {
            auto db = t.db().openAnother();
            if (!db) {
                errors[k] = db.errorMessage();
                return;
            }
            for (int round = 0; round < 3; ++round) { // several chunks, several transactions
                const auto result = importText(*db.value(), c.campaignId, csv, 50);
                if (!result) {
                    errors[k] = result.errorMessage();
                    return;
                }
                imported[k] += result->imported;
            }
        };
        std::unique_ptr<QThread> first(QThread::create(run, 0, a.csv));
        std::unique_ptr<QThread> second(QThread::create(run, 1, b.csv));
        first->start();
        second->start();
        QVERIFY(first->wait(60000));
        QVERIFY(second->wait(60000));
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        QCOMPARE(imported[0] + imported[1], qint64(all.size()));
        QCOMPARE(eventCount(t.db()), qint64(all.size()));
        verifyCountersMatchLog(t.db(), c.campaignId);
    }

    // A file bigger than the first chunks the reader thread hands over (on
    // SQLite they grow from 10,000 rows): every good row lands once, bad rows
    // at both ends are reported with their lines, and the counters match.
    void bigFileThroughGrowingChunks()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 40);
        QVERIFY(Activation::activate(t.db(), c.campaignId, 9).ok());
        const RandomFile file = randomEventFile(c, 25000, 23);
        QString csv = file.csv;
        const qsizetype body = csv.indexOf(u'\n') + 1;
        csv.insert(body, u"nobody@example.com,,teleport,1740000000\n"_s); // line 2: unknown event
        csv += u"nobody@example.com,,open,1740000000\n"_s;                // last line: unknown email
        const int lastLine = int(csv.count(u'\n'));
        const auto result = importText(t.db(), c.campaignId, csv);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result->errors.size(), 2);
        QCOMPARE(result->errors[0].line, 2);
        QCOMPARE(result->errors[0].column, u"event"_s);
        QCOMPARE(result->errors[1].line, lastLine);
        QCOMPARE(result->errors[1].column, u"email"_s);
        QCOMPARE(result->imported, qint64(file.distinctEvents.size()));
        QCOMPARE(result->imported + result->duplicates, file.goodRows);
        QCOMPARE(eventCount(t.db()), qint64(file.distinctEvents.size()));
        verifyCountersMatchLog(t.db(), c.campaignId);
    }

    // The funnel sets are bit_or() unions: PostgreSQL has it, and every SQLite
    // connection gets one that behaves the same (NULLs skipped, NULL over no
    // rows), a second connection included.
    void bitOrAggregatesLikePostgres()
    {
        OUTREACH_TEST_DB(t);
        auto other = t.db().openAnother();
        QVERIFY2(other.ok(), qPrintable(other.errorMessage()));
        for (Database *db : {&t.db(), other.value().get()}) {
            QSqlQuery q = db->prepare(
                u"SELECT (SELECT bit_or(v) FROM (SELECT 1 AS v UNION ALL SELECT 4 UNION ALL SELECT 4 UNION "
                u"ALL "
                "SELECT NULL UNION ALL SELECT 64) x), (SELECT bit_or(v) FROM (SELECT 1 AS v) x WHERE v > 1), "
                "(SELECT bit_or(v) FROM (SELECT 3 AS v UNION ALL SELECT 5 UNION ALL SELECT 8) x)"_s);
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            QCOMPARE(q.value(0).toLongLong(), 69);
            QVERIFY(q.value(1).isNull());
            QCOMPARE(q.value(2).toLongLong(), 15);
        }
    }

    void appendCountsDuplicatesAndKeepsTheLog()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 1);
        QVERIFY(Activation::activate(t.db(), c.campaignId, 3).ok());
        EventRepository events(t.db());
        const QDateTime when = QDateTime::fromString(u"2025-05-05T10:00:00.123Z"_s, Qt::ISODateWithMs);
        const auto first = events.append({{c.messageIds[0], EventType::Opened, when},
                                          {c.messageIds[0], EventType::Opened, when},
                                          {c.messageIds[0], EventType::Opened, when.addSecs(60)}},
                                         u"manual"_s);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QCOMPARE(first->inserted, 2);
        QCOMPARE(first->duplicates, 1);
        const auto log = events.forMessage(c.messageIds[0]).value();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].occurredAt, when);
        QCOMPARE(log[0].source, u"manual"_s);
        QCOMPARE(log[0].type, EventType::Opened);
    }
};

QTEST_GUILESS_MAIN(TestEvents)
#include "test_events.moc"
