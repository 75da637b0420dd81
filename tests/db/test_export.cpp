// Campaign export on the backend under test: the columns a channel needs,
// the assigned variant or all three, RFC 4180 quoting, and neutralized
// formula-like cells that came from leads or the language model.
#include "AbTestFixture.h"
#include "TestDatabase.h"
#include "abtest/Activation.h"
#include "csv/CsvReader.h"
#include "export/CampaignExport.h"

#include <QBuffer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {

QList<QStringList> readBack(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> rows;
    while (reader.readNext() == CsvReader::Status::Record)
        rows.append(reader.fields());
    return rows;
}

QByteArray exportBytes(Database &db, qint64 campaignId, CampaignExport::Variants variants, ExportResult *out)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const auto result = CampaignExport::write(db, campaignId, variants, &buffer);
    if (!result)
        qWarning("%s", qPrintable(result.errorMessage()));
    else if (out)
        *out = result.value();
    return bytes;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void assignedVariantWithQuotingAndNeutralization()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 3);
        MessageRepository messages(t.db());
        Message m = messages.get(c.messageIds[0]).value();
        for (Variant &v : m.variants) {
            v.subject = u"=HYPERLINK(\"http://evil\")"_s;
            v.body = u"Hi \"Ada\",\nline two, with a comma"_s;
        }
        QVERIFY(messages.saveResult(m).ok());
        Lead lead = c.leads[0];
        lead.company = u"@SUM(A1:A9)"_s;
        QVERIFY(LeadRepository(t.db()).update(lead).ok());
        QVERIFY(Activation::activate(t.db(), c.campaignId, 9).ok());

        ExportResult result;
        const QByteArray bytes =
            exportBytes(t.db(), c.campaignId, CampaignExport::Variants::Assigned, &result);
        QCOMPARE(result.exported, 3);
        QVERIFY(bytes.contains("\"Hi \"\"Ada\"\",\nline two, with a comma\""));
        const auto rows = readBack(bytes);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0], (QStringList{u"email"_s, u"first_name"_s, u"last_name"_s, u"company"_s,
                                       u"message_id"_s, u"variant"_s, u"tone"_s, u"subject"_s, u"body"_s}));
        const QStringList &first = rows[1];
        QCOMPARE(first[0], u"lead0@example.com"_s);
        QCOMPARE(first[3], u"'@SUM(A1:A9)"_s);
        QCOMPARE(first[7], u"'=HYPERLINK(\"http://evil\")"_s);
        QCOMPARE(first[8], u"Hi \"Ada\",\nline two, with a comma"_s);
        const int variant = first[5].toInt();
        QCOMPARE(first[6], outreach::toString(toneOfIndex(variant)));
        QCOMPARE(rows[2][8], u"Body 1/%1"_s.arg(rows[2][5]));
    }

    void allVariantsAndChannelColumns()
    {
        OUTREACH_TEST_DB(t);
        const AbCampaign c = makeAbCampaign(t.db(), 2, Channel::Sms);
        ExportResult result;
        // Not activated: every variant is still exported with --variants all.
        const auto rows = readBack(exportBytes(t.db(), c.campaignId, CampaignExport::Variants::All, &result));
        QCOMPARE(result.exported, 2);
        QCOMPARE(rows[0], (QStringList{u"email"_s, u"first_name"_s, u"last_name"_s, u"company"_s, u"phone"_s,
                                       u"message_id"_s, u"variant"_s, u"tone"_s, u"variant_0_body"_s,
                                       u"variant_1_body"_s, u"variant_2_body"_s}));
        QCOMPARE(rows[1][4], u"+4930100000"_s); // a phone number is no formula: kept as it is
        QCOMPARE(rows[1][6], QString());
        QCOMPARE(rows[1][9], u"Body 0/1"_s);
        // The assigned mode leaves out messages without a variant.
        ExportResult assigned;
        const auto none =
            readBack(exportBytes(t.db(), c.campaignId, CampaignExport::Variants::Assigned, &assigned));
        QCOMPARE(none.size(), 1);
        QCOMPARE(assigned.skipped, 2);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"
