// Event log on the backend under test: vendor names and timestamps, CSV
// import idempotency and line-numbered errors, set-status events, and the
// funnel rules (clicked/replied imply opened and delivered, bounced excludes
// delivered) however the events arrive.
#include "AbTestFixture.h"
#include "AnalyticsRepository.h"
#include "EventRepository.h"
#include "TestDatabase.h"
#include "abtest/Activation.h"
#include "abtest/EventImport.h"

#include <QBuffer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {

DbResult<EventImportResult> importText(Database &db, qint64 campaignId, const QString &csv)
{
    QByteArray bytes = csv.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return EventImport::run(db, campaignId, &buffer, u"import:test.csv"_s);
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
