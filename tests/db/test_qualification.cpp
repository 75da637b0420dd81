// Who qualifies for a campaign (LeadQualification), the same everywhere: a
// lead without the channel's contact (phone for SMS, LinkedIn URL for
// LinkedIn, email for email) is not counted by the campaign list, the dialog
// count or `campaigns show`, is not generated for and does not block
// activation; the left-out leads are counted with the reason. Deleting leads
// (LeadRemoval) drops messages of campaigns whose test has not started and
// keeps a lead with messages in a started test, excluded from sending.
#include "CampaignRepository.h"
#include "LeadQualification.h"
#include "LeadRemoval.h"
#include "LeadRepository.h"
#include "MessageRepository.h"
#include "TestData.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {
// Five leads with score 90 and a sixth with 10; contacts vary.
struct Leads
{
    qint64 all = 0, emailOnly = 0, phoneOnly = 0, linkedinOnly = 0, phoneAndEmail = 0, lowScore = 0;
};

bool insert(Database &db, Lead lead, qint64 *id)
{
    auto inserted = LeadRepository(db).insert(lead);
    if (!inserted)
        qWarning("%s", qPrintable(inserted.errorMessage()));
    *id = inserted ? inserted.value() : 0;
    return inserted.ok();
}

bool seed(Database &db, Leads &ids)
{
    Lead all = makeLead(1, 90);
    Lead emailOnly = makeLead(2, 90);
    emailOnly.phone.clear();
    emailOnly.linkedinUrl.clear();
    Lead phoneOnly = makeLead(3, 90);
    phoneOnly.email.clear();
    phoneOnly.linkedinUrl.clear();
    Lead linkedinOnly = makeLead(4, 90);
    linkedinOnly.email.clear();
    linkedinOnly.phone.clear();
    Lead phoneAndEmail = makeLead(5, 90);
    phoneAndEmail.linkedinUrl.clear();
    Lead low = makeLead(6, 10);
    return insert(db, all, &ids.all) && insert(db, emailOnly, &ids.emailOnly) &&
           insert(db, phoneOnly, &ids.phoneOnly) && insert(db, linkedinOnly, &ids.linkedinOnly) &&
           insert(db, phoneAndEmail, &ids.phoneAndEmail) && insert(db, low, &ids.lowScore);
}

QList<qint64> idsOf(const QList<Lead> &leads)
{
    QList<qint64> ids;
    for (const Lead &l : leads)
        ids << l.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool storeMessage(Database &db, qint64 campaignId, qint64 leadId)
{
    Message m;
    m.campaignId = campaignId;
    m.leadId = leadId;
    m.status = GenerationStatus::Generated;
    for (int i = 0; i < kVariantCount; ++i) {
        Variant v;
        v.index = i;
        v.tone = toneOfIndex(i);
        v.body = u"Hello %1"_s.arg(i);
        m.variants << v;
    }
    return MessageRepository(db).saveResult(m).ok();
}
} // namespace

class TestQualification : public QObject
{
    Q_OBJECT

private slots:
    void channelDecidesWhoQualifies_data()
    {
        QTest::addColumn<int>("channel");
        QTest::addColumn<QString>("qualifying"); // lead names of `Leads`
        QTest::addColumn<QString>("reason");
        QTest::newRow("sms") << int(Channel::Sms) << u"all phoneOnly phoneAndEmail"_s << u"no phone number"_s;
        QTest::newRow("email") << int(Channel::Email) << u"all emailOnly phoneAndEmail"_s
                               << u"no email address"_s;
        QTest::newRow("linkedin") << int(Channel::LinkedIn) << u"all linkedinOnly"_s << u"no LinkedIn URL"_s;
        QTest::newRow("custom") << int(Channel::Custom)
                                << u"all emailOnly phoneOnly linkedinOnly phoneAndEmail"_s << QString();
    }

    void channelDecidesWhoQualifies()
    {
        QFETCH(int, channel);
        QFETCH(QString, qualifying);
        QFETCH(QString, reason);
        OUTREACH_TEST_DB(t);
        Leads ids;
        QVERIFY(seed(t.db(), ids));
        const QHash<QString, qint64> byName{{u"all"_s, ids.all},
                                            {u"emailOnly"_s, ids.emailOnly},
                                            {u"phoneOnly"_s, ids.phoneOnly},
                                            {u"linkedinOnly"_s, ids.linkedinOnly},
                                            {u"phoneAndEmail"_s, ids.phoneAndEmail}};
        QList<qint64> expected;
        for (const QString &name : qualifying.split(u' '))
            expected << byName.value(name);
        std::sort(expected.begin(), expected.end());
        const qint64 leftOut = 5 - expected.size();

        Campaign campaign = makeCampaign(u"C"_s, Channel(channel), 50);
        CampaignRepository campaigns(t.db());
        QVERIFY(campaigns.create(campaign).ok());
        QCOMPARE(campaigns.countQualifying(campaign).value(), qint64(expected.size()));
        QCOMPARE(campaigns.countLeftOut(campaign).value(), leftOut);
        const auto summary = campaigns.summary(campaign.id);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->qualifying, qint64(expected.size()));
        QCOMPARE(summary->leftOut, leftOut);
        QCOMPARE(campaigns.summaries().value().constFirst().leftOut, leftOut);
        QCOMPARE(LeadQualification::missingContact(Channel(channel)), reason);

        // Generation selects exactly these leads, in SQL and in C++ alike.
        const auto toGenerate = MessageRepository(t.db()).leadsToGenerate(campaign.id, 50, false);
        QVERIFY2(toGenerate.ok(), qPrintable(toGenerate.errorMessage()));
        QCOMPARE(idsOf(toGenerate.value()), expected);
        for (const Lead &lead : LeadRepository(t.db()).list({}).value())
            QCOMPARE(LeadQualification::qualifies(lead, campaign), expected.contains(lead.id));
    }

    void campaignsShowSaysWhoWasLeftOut()
    {
        OUTREACH_TEST_DB(t);
        Leads ids;
        QVERIFY(seed(t.db(), ids));
        Campaign campaign = makeCampaign(u"SMS"_s, Channel::Sms, 50);
        QVERIFY(CampaignRepository(t.db()).create(campaign).ok());
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"OUTREACH_DB"_s);
        cli.setProcessEnvironment(env);
        cli.start(QString::fromUtf8(OUTREACH_CLI_PATH),
                  {u"campaigns"_s, u"show"_s, QString::number(campaign.id), u"--json"_s, u"--db"_s, t.url()});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(o.value(u"qualifying_leads"_s).toInt(), 3);
        QCOMPARE(o.value(u"left_out_leads"_s).toObject().value(u"count"_s).toInt(), 2);
        QCOMPARE(o.value(u"left_out_leads"_s).toObject().value(u"reason"_s).toString(), u"no phone number"_s);

        cli.start(QString::fromUtf8(OUTREACH_CLI_PATH),
                  {u"campaigns"_s, u"show"_s, QString::number(campaign.id), u"--db"_s, t.url()});
        QVERIFY(cli.waitForFinished(60000));
        const QString text = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(text.contains(u"Left out:         2 (no phone number)"_s), qPrintable(text));
    }

    void deletingLeadsKeepsStartedTests()
    {
        OUTREACH_TEST_DB(t);
        Leads ids;
        QVERIFY(seed(t.db(), ids));
        CampaignRepository campaigns(t.db());
        Campaign draft = makeCampaign(u"Draft"_s, Channel::Email, 50);
        Campaign running = makeCampaign(u"Running"_s, Channel::Email, 50);
        QVERIFY(campaigns.create(draft).ok());
        QVERIFY(campaigns.create(running).ok());
        for (qint64 lead : {ids.all, ids.emailOnly}) {
            QVERIFY(storeMessage(t.db(), draft.id, lead));
            QVERIFY(storeMessage(t.db(), running.id, lead));
        }
        QVERIFY(storeMessage(t.db(), draft.id, ids.phoneAndEmail));
        for (auto to : {CampaignStatus::Generating, CampaignStatus::Ready, CampaignStatus::Active})
            QVERIFY(campaigns.setStatus(running.id, to).ok());
        const QList<qint64> remove{ids.all, ids.phoneAndEmail};

        const auto preview = LeadRemoval(t.db()).preview(remove);
        QVERIFY2(preview.ok(), qPrintable(preview.errorMessage()));
        QCOMPARE(preview->deleted, 1);
        QCOMPARE(preview->excluded, 1);
        QCOMPARE(preview->messagesDeleted, qint64(2));
        QCOMPARE(LeadRepository(t.db()).count({}).value(), qint64(6)); // a preview changes nothing

        const auto report = LeadRemoval(t.db()).remove(remove);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report->deleted, 1);
        QCOMPARE(report->excluded, 1);
        // The draft lost both messages, the running test kept its two.
        QCOMPARE(MessageRepository(t.db()).count(draft.id).value(), qint64(1));
        QCOMPARE(MessageRepository(t.db()).count(running.id).value(), qint64(2));
        QVERIFY(!LeadRepository(t.db()).get(ids.phoneAndEmail).ok());
        const auto kept = LeadRepository(t.db()).get(ids.all);
        QVERIFY(kept.ok());
        QVERIFY(kept->excludedFromSending);
        // Gone from lists, counts and qualification.
        QCOMPARE(LeadRepository(t.db()).count({}).value(), qint64(4));
        QCOMPARE(campaigns.countQualifying(draft).value(), qint64(1)); // emailOnly
        QVERIFY(!LeadQualification::qualifies(kept.value(), draft));
    }
};

QTEST_GUILESS_MAIN(TestQualification)
#include "test_qualification.moc"
