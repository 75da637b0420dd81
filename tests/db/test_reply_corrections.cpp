// Correcting what inbox sync made of a mail, on SQLite and PostgreSQL: the
// stored kind and the events change, the counters follow exactly (equal to
// a recount from the log), the history keeps who/when/what before, a
// re-import of the voided event changes nothing, a recorded decision stays,
// and suppressions are only ever added.
#include "AnalyticsRepository.h"
#include "DecisionRepository.h"
#include "SuppressionRepository.h"
#include "TestDatabase.h"
#include "db/ReplyFixture.h"

#include <QtTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {

// replied, auto_replied, bounced, unsubscribed of the whole campaign.
using Counts = QList<qint64>;

Counts countsOf(Database &db, qint64 campaignId)
{
    const auto counted = AnalyticsRepository(db).variantCounts(campaignId);
    const auto recounted = AnalyticsRepository(db).recountFromEvents(campaignId);
    if (!counted || !recounted || counted.value() != recounted.value())
        return {-1}; // the maintained counters drifted from the log
    const FunnelCounts t = totalCounts(counted.value());
    return {t.replied, t.autoReplied, t.bounced, t.unsubscribed};
}

} // namespace

class TestReplyCorrections : public QObject
{
    Q_OBJECT

private slots:
    void correctionMovesTheCounts_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<Counts>("before");
        QTest::addColumn<Counts>("after");
        QTest::addColumn<bool>("suppressed");
        // Counts: replied, auto_replied, bounced, unsubscribed.
        QTest::newRow("reply -> auto-reply")
            << u"reply"_s << u"auto_reply"_s << Counts{1, 0, 0, 0} << Counts{0, 1, 0, 0} << false;
        QTest::newRow("auto-reply -> reply")
            << u"auto_reply"_s << u"reply"_s << Counts{0, 1, 0, 0} << Counts{1, 0, 0, 0} << false;
        QTest::newRow("bounce -> reply (suppression stays)")
            << u"bounce"_s << u"reply"_s << Counts{0, 0, 1, 0} << Counts{1, 0, 0, 0} << true;
        QTest::newRow("opt-out -> reply (suppression stays)")
            << u"opt_out"_s << u"reply"_s << Counts{0, 0, 0, 1} << Counts{1, 0, 0, 0} << true;
        QTest::newRow("reply -> opt-out (suppressed)")
            << u"reply"_s << u"opt_out"_s << Counts{1, 0, 0, 0} << Counts{0, 0, 0, 1} << true;
        QTest::newRow("soft bounce -> reply")
            << u"soft_bounce"_s << u"reply"_s << Counts{0, 0, 0, 0} << Counts{1, 0, 0, 0} << false;
        QTest::newRow("reply -> soft bounce")
            << u"reply"_s << u"soft_bounce"_s << Counts{1, 0, 0, 0} << Counts{0, 0, 0, 0} << false;
        QTest::newRow("auto-reply -> bounce (suppressed)")
            << u"auto_reply"_s << u"bounce"_s << Counts{0, 1, 0, 0} << Counts{0, 0, 1, 0} << true;
    }

    void correctionMovesTheCounts()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(Counts, before);
        QFETCH(Counts, after);
        QFETCH(bool, suppressed);
        OUTREACH_TEST_DB(t);
        const SendingCampaign c = makeSendingCampaign(t.db(), 4);
        markAllSent(t.db(), c.ab);
        const ReplyRecord mail = recordMail(t.db(), c.ab, 1, from, 10, u"Thanks, let's talk."_s);
        QCOMPARE(countsOf(t.db(), c.ab.campaignId), before);

        const auto corrected = ReplyCorrectionRepository(t.db()).correct(mail.id, to, u"ada"_s);
        QVERIFY2(corrected.ok(), qPrintable(corrected.errorMessage()));
        QCOMPARE(countsOf(t.db(), c.ab.campaignId), after);
        QCOMPARE(corrected->fromKind, from);
        QCOMPARE(corrected->toKind, to);
        QCOMPARE(corrected->voidedEventId > 0, ReplyCorrectionRepository::eventFor(from).has_value());
        QCOMPARE(corrected->addedEventId > 0, ReplyCorrectionRepository::eventFor(to).has_value());

        const ReplyRecord stored = InboxRepository(t.db()).reply(mail.id).value();
        QCOMPARE(stored.kind, to);
        QVERIFY(stored.corrected);
        QCOMPARE(stored.correctedFrom, from);
        QCOMPARE(stored.correctedBy, u"ada"_s);
        QVERIFY(stored.correctedAt.isValid());
        const auto history = ReplyCorrectionRepository(t.db()).history(mail.id).value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).fromKind, from);
        QCOMPARE(history.at(0).correctedBy, u"ada"_s);

        // The message's visible events: the new kind's event from source manual.
        const auto events = EventRepository(t.db()).forMessage(mail.messageId).value();
        const auto oldType = ReplyCorrectionRepository::eventFor(from);
        const auto newType = ReplyCorrectionRepository::eventFor(to);
        for (const MessageEvent &e : events)
            QVERIFY(!oldType || e.type != *oldType);
        if (newType)
            QVERIFY(std::any_of(events.cbegin(), events.cend(), [&](const MessageEvent &e) {
                return e.type == *newType && e.source == u"manual";
            }));
        QCOMPARE(SuppressionRepository(t.db()).isSuppressed(c.ab.leads.at(1).email, QString()).value(),
                 suppressed);
        QCOMPARE(corrected->suppressionKept, suppressed && (from == u"bounce" || from == u"opt_out"));
    }

    void backAndForthRestoresTheOriginal()
    {
        OUTREACH_TEST_DB(t);
        const SendingCampaign c = makeSendingCampaign(t.db(), 3);
        markAllSent(t.db(), c.ab);
        const ReplyRecord mail = recordMail(t.db(), c.ab, 0, u"reply"_s, 5, u"Yes please."_s);
        ReplyCorrectionRepository corrections(t.db());
        // Nobody known (no USER in the environment) is recorded as empty, not refused.
        const auto away = corrections.correct(mail.id, u"auto_reply"_s, QString());
        QVERIFY2(away.ok(), qPrintable(away.errorMessage()));
        QCOMPARE(countsOf(t.db(), c.ab.campaignId), (Counts{0, 1, 0, 0}));
        const auto back = corrections.correct(mail.id, u"reply"_s, u"ben"_s);
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QCOMPARE(countsOf(t.db(), c.ab.campaignId), (Counts{1, 0, 0, 0}));
        // The original imap event counts again; no second replied event was made.
        const auto events = EventRepository(t.db()).forMessage(mail.messageId).value();
        QCOMPARE(std::count_if(events.cbegin(), events.cend(),
                               [](const MessageEvent &e) { return e.type == EventType::Replied; }),
                 1);
        const auto replied = std::find_if(events.cbegin(), events.cend(),
                                          [](const MessageEvent &e) { return e.type == EventType::Replied; });
        QCOMPARE(replied->source, u"imap"_s);
        const auto history = corrections.history(mail.id).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).correctedBy, QString());
        QCOMPARE(history.at(1).fromKind, u"auto_reply"_s);
        QCOMPARE(history.at(1).correctedBy, u"ben"_s);
        QCOMPARE(InboxRepository(t.db()).reply(mail.id)->correctedBy, u"ben"_s);
    }

    void reImportingTheVoidedEventChangesNothing()
    {
        OUTREACH_TEST_DB(t);
        const SendingCampaign c = makeSendingCampaign(t.db(), 3);
        markAllSent(t.db(), c.ab);
        ReplyRecord mail = recordMail(t.db(), c.ab, 2, u"reply"_s, 5, u"Out of office really."_s);
        QVERIFY(ReplyCorrectionRepository(t.db()).correct(mail.id, u"auto_reply"_s, u"ada"_s).ok());
        const Counts corrected = countsOf(t.db(), c.ab.campaignId);
        QCOMPARE(corrected, (Counts{0, 1, 0, 0}));

        // A CSV import or a second sync path bringing the same replied event again.
        const auto again = EventRepository(t.db()).append(
            {NewEvent{mail.messageId, EventType::Replied, mail.receivedAt}}, u"import:again.csv"_s);
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QCOMPARE(again->inserted, 0);
        QCOMPARE(again->duplicates, 1);
        QCOMPARE(countsOf(t.db(), c.ab.campaignId), corrected);
        // A re-sync: the mail is known by its key and is not recorded again.
        QVERIFY(InboxRepository(t.db()).hasReply(mail.mailKey).value());
        QVERIFY(!InboxRepository(t.db()).addReply(mail).value());
        // A new event of the same message still counts.
        const auto click = EventRepository(t.db()).append(
            {NewEvent{mail.messageId, EventType::Clicked, mail.receivedAt.addSecs(60)}}, u"import:b.csv"_s);
        QCOMPARE(click->inserted, 1);
        const auto total = totalCounts(AnalyticsRepository(t.db()).variantCounts(c.ab.campaignId).value());
        QCOMPARE(total.clicked, 1);
        QCOMPARE(countsOf(t.db(), c.ab.campaignId), corrected);
    }

    void concurrentImportKeepsTheCorrections()
    {
        // One client corrects five replies while another appends the same
        // replied events again and a click per message, from its own
        // connection: whichever goes first, the log and the counters agree,
        // no corrected-away reply comes back, and every click counts.
        OUTREACH_TEST_DB(t);
        const SendingCampaign c = makeSendingCampaign(t.db(), 5);
        markAllSent(t.db(), c.ab);
        QList<ReplyRecord> mails;
        for (int i = 0; i < 5; ++i)
            mails.append(recordMail(t.db(), c.ab, i, u"reply"_s, 30 - i, u"Away"_s));
        const QString url = t.url();
        std::atomic<int> ready{0};
        std::atomic<int> failed{0};
        const auto start = [&ready] {
            ++ready;
            while (ready.load() < 2) {
            } // start together
        };
        std::thread corrector([&] {
            auto db = Database::open(url);
            if (!db) {
                ++failed;
                ++ready;
                return;
            }
            start();
            for (const ReplyRecord &mail : mails) {
                if (!ReplyCorrectionRepository(*db.value()).correct(mail.id, u"auto_reply"_s, u"ada"_s))
                    ++failed;
            }
        });
        std::thread importer([&] {
            auto db = Database::open(url);
            if (!db) {
                ++failed;
                ++ready;
                return;
            }
            start();
            for (const ReplyRecord &mail : mails) {
                const QList<NewEvent> events{NewEvent{mail.messageId, EventType::Replied, mail.receivedAt},
                                             NewEvent{mail.messageId, EventType::Clicked, mail.receivedAt}};
                if (!EventRepository(*db.value()).append(events, u"import:race.csv"_s))
                    ++failed;
            }
        });
        corrector.join();
        importer.join();
        QCOMPARE(failed.load(), 0);
        // countsOf() also checks the counters against a recount from the log.
        QCOMPARE(countsOf(t.db(), c.ab.campaignId), (Counts{0, 5, 0, 0}));
        const auto total = totalCounts(AnalyticsRepository(t.db()).variantCounts(c.ab.campaignId).value());
        QCOMPARE(total.clicked, 5);
    }

    void recordedDecisionStays()
    {
        OUTREACH_TEST_DB(t);
        const SendingCampaign c = makeSendingCampaign(t.db(), 3);
        markAllSent(t.db(), c.ab);
        const ReplyRecord mail = recordMail(t.db(), c.ab, 0, u"reply"_s, 5, u"Interested."_s);
        TestDecision decision;
        decision.campaignId = c.ab.campaignId;
        decision.variant = 2;
        decision.metric = u"reply"_s;
        decision.mode = u"sequential"_s;
        decision.reason = u"sequential"_s;
        decision.decidedAt = QDateTime::currentDateTimeUtc().addSecs(-30);
        decision.sendsPerVariant = 1;
        decision.statistic = 0.01;
        DecisionRepository decisions(t.db());
        const auto recorded = decisions.record(decision);
        QVERIFY2(recorded.ok(), qPrintable(recorded.errorMessage()));

        QVERIFY(ReplyCorrectionRepository(t.db()).correct(mail.id, u"auto_reply"_s, u"ada"_s).ok());
        const auto standing = decisions.current(c.ab.campaignId).value();
        QVERIFY(standing.has_value());
        QCOMPARE(standing->variant, 2);
        QCOMPARE(standing->decidedAt, recorded->decidedAt);
        QCOMPARE(decisions.history(c.ab.campaignId)->size(), 1);
    }

    void refusesWhatItCannotDo_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("unknownReply");
        QTest::addColumn<int>("errorKind");
        QTest::newRow("already a reply") << u"reply"_s << false << int(DbError::Kind::Invalid);
        QTest::newRow("unknown kind") << u"vacation"_s << false << int(DbError::Kind::Invalid);
        QTest::newRow("unknown reply") << u"auto_reply"_s << true << int(DbError::Kind::NotFound);
    }

    void refusesWhatItCannotDo()
    {
        QFETCH(QString, kind);
        QFETCH(bool, unknownReply);
        QFETCH(int, errorKind);
        OUTREACH_TEST_DB(t);
        const SendingCampaign c = makeSendingCampaign(t.db(), 2);
        markAllSent(t.db(), c.ab);
        const ReplyRecord mail = recordMail(t.db(), c.ab, 0, u"reply"_s, 5, u"Hello."_s);
        const auto result = ReplyCorrectionRepository(t.db()).correct(unknownReply ? mail.id + 1000 : mail.id,
                                                                      kind, u"ada"_s);
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().kind), errorKind);
        QCOMPARE(countsOf(t.db(), c.ab.campaignId), (Counts{1, 0, 0, 0}));
        QVERIFY(ReplyCorrectionRepository(t.db()).history(mail.id)->isEmpty());
        QVERIFY(!InboxRepository(t.db()).reply(mail.id)->corrected);
    }
};

QTEST_GUILESS_MAIN(TestReplyCorrections)
#include "test_reply_corrections.moc"
