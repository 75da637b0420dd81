// Lead import into the backend under test: counts, duplicate handling,
// verbatim text, line-numbered rejects, and all-or-nothing on failure.
#include "LeadRepository.h"
#include "TestDatabase.h"
#include "demo/DemoSeeder.h"
#include "import/LeadImporter.h"

#include <QBuffer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;

namespace {

LeadImportReport importText(Database &db, const QString &csv, const LeadImportOptions &options = {})
{
    QByteArray bytes = csv.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return LeadImporter::importDevice(db, &buffer, u"test.csv"_s, options);
}

const QString kApollo =
    u"First Name,Last Name,Title,Company,Email,Person Linkedin Url,Qualification Score,Pain "
    u"Points,Technologies,Favorite Color\n"
    "Zoë,Ñúñez,CTO,\"Acme, Inc.\",zoe@acme.example.com,https://www.linkedin.com/in/zoe-example,88,\"manual "
    "reports; slow close\",\"Salesforce, HubSpot\",teal\n"
    "Li,王,VP Ops,北京测试,li@bj.example.com,,72,,,red\n"
    "Bad,Row,CEO,X,not-an-email,,50,,,blue\n"
    "Robert');,DROP TABLE leads;--,CFO,\"Quote \"\"Co\"\"\",bobby@tables.example.com,,abc,,,green\n"
    "Emoji,🚀,Founder,Rocket,rocket@example.com,,101,,,\n"_s;

} // namespace

class TestLeadImport : public QObject
{
    Q_OBJECT

private slots:
    void importsGoodRowsAndReportsBadOnes()
    {
        OUTREACH_TEST_DB(t);
        const LeadImportReport report = importText(t.db(), kApollo);
        QVERIFY(report.ok());
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.updated, 0);
        QCOMPARE(report.skipped, 3);
        QCOMPARE(report.errors.size(), 3);
        QCOMPARE(report.errors.at(0).line, 4);
        QCOMPARE(report.errors.at(0).column, u"Email"_s);
        QCOMPARE(report.errors.at(1).line, 5);
        QCOMPARE(report.errors.at(1).column, u"Qualification Score"_s);
        QCOMPARE(report.errors.at(2).line, 6);

        LeadRepository leads(t.db());
        const Lead zoe = leads.findByEmail(u"ZOE@acme.example.com"_s).value().value();
        QCOMPARE(zoe.firstName, u"Zoë"_s);
        QCOMPARE(zoe.lastName, u"Ñúñez"_s);
        QCOMPARE(zoe.company, u"Acme, Inc."_s);
        QCOMPARE(zoe.painPoints, (QStringList{u"manual reports"_s, u"slow close"_s}));
        QCOMPARE(zoe.qualificationScore, std::optional<int>(88));
        QCOMPARE(zoe.customFields.value(u"Favorite Color"_s).toString(), u"teal"_s);
        const Lead li = leads.findByEmail(u"li@bj.example.com"_s).value().value();
        QCOMPARE(li.lastName, u"王"_s);
        QCOMPARE(li.company, u"北京测试"_s);
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(u"imported"_s).toInt(), 2);
        QCOMPARE(json.value(u"errors"_s).toArray().size(), 3);
        QCOMPARE(json.value(u"errors"_s).toArray().at(0).toObject().value(u"line"_s).toInt(), 4);
    }

    void duplicatesUpdateOrSkip()
    {
        OUTREACH_TEST_DB(t);
        QVERIFY(importText(t.db(), kApollo).ok());
        const QString again =
            u"Email,Title,Qualification Score\nZOE@ACME.example.com,CEO,95\nnew@example.com,Intern,10\n"_s;
        LeadImportOptions skip;
        skip.onDuplicate = LeadRepository::OnDuplicate::Skip;
        LeadImportReport report = importText(t.db(), again, skip);
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.updated, 0);
        QCOMPARE(report.skipped, 1);
        LeadRepository leads(t.db());
        QCOMPARE(leads.findByEmail(u"zoe@acme.example.com"_s).value()->title, u"CTO"_s);

        report = importText(t.db(), again);
        QCOMPARE(report.imported, 0);
        QCOMPARE(report.updated, 2);
        const Lead zoe = leads.findByEmail(u"zoe@acme.example.com"_s).value().value();
        QCOMPARE(zoe.title, u"CEO"_s);
        QCOMPARE(zoe.qualificationScore, std::optional<int>(95));
        QCOMPARE(zoe.firstName, u"Zoë"_s); // not in the second file: kept
        QCOMPARE(leads.count({}).value(), 3);
    }

    void sameEmailTwiceInOneFile()
    {
        OUTREACH_TEST_DB(t);
        const LeadImportReport report =
            importText(t.db(), u"Email,Title\na@example.com,One\nA@Example.com,Two\n"_s);
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.updated, 1);
        QCOMPARE(LeadRepository(t.db()).findByEmail(u"a@example.com"_s).value()->title, u"Two"_s);
    }

    void databaseFailureImportsNothing()
    {
        OUTREACH_TEST_DB(t);
        // A trigger that fails on one row in the middle of the file.
        if (t.isPostgres()) {
            QVERIFY(t.db()
                        .exec(u"CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN IF NEW.email = "
                              "'boom@example.com' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ "
                              "LANGUAGE plpgsql"_s)
                        .ok());
            QVERIFY(
                t.db()
                    .exec(
                        u"CREATE TRIGGER boom BEFORE INSERT ON leads FOR EACH ROW EXECUTE FUNCTION boom()"_s)
                    .ok());
        } else {
            QVERIFY(
                t.db()
                    .exec(u"CREATE TRIGGER boom BEFORE INSERT ON leads WHEN NEW.email = 'boom@example.com' "
                          "BEGIN SELECT RAISE(ABORT, 'boom'); END"_s)
                    .ok());
        }
        const LeadImportReport report =
            importText(t.db(), u"Email\nfirst@example.com\nboom@example.com\nlast@example.com\n"_s);
        QVERIFY(!report.ok());
        QVERIFY(report.databaseFailure);
        QCOMPARE(report.fatal->line, 3);
        QCOMPARE(report.imported, 0);
        QCOMPARE(LeadRepository(t.db()).count({}).value(), 0);
        // The connection is usable afterwards.
        QVERIFY(importText(t.db(), u"Email\nfine@example.com\n"_s).ok());
        QCOMPARE(LeadRepository(t.db()).count({}).value(), 1);
    }

    void noUsableHeaderIsFatal()
    {
        OUTREACH_TEST_DB(t);
        const LeadImportReport report = importText(t.db(), u"Name,Company\nAda,Acme\n"_s);
        QVERIFY(report.fatal.has_value());
        QVERIFY(!report.databaseFailure);
        QCOMPARE(LeadRepository(t.db()).count({}).value(), 0);
    }

    void explicitMappingOverridesDetection()
    {
        OUTREACH_TEST_DB(t);
        LeadImportOptions options;
        options.mappingOverrides = {u"Work Mail=email"_s};
        const LeadImportReport report =
            importText(t.db(), u"Work Mail,First Name\nm@example.com,Mo\n"_s, options);
        QVERIFY2(report.ok(), report.fatal ? qPrintable(report.fatal->reason) : "");
        QCOMPARE(report.imported, 1);
        QCOMPARE(LeadRepository(t.db()).findByEmail(u"m@example.com"_s).value()->firstName, u"Mo"_s);
    }

    void storedRowsReadBackExactly()
    {
        // The import writes JSON columns and timestamps by hand for speed:
        // what it stores must read back as the values it was given.
        OUTREACH_TEST_DB(t);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        qint64 cacheBefore = 0;
        if (!t.isPostgres()) {
            QSqlQuery q = t.db().prepare(u"PRAGMA cache_size"_s);
            QVERIFY(t.db().exec(q).ok() && q.next());
            cacheBefore = q.value(0).toLongLong();
        }
        const LeadImportReport report = importText(
            t.db(),
            u"Email,Pain Points,Technologies,Recent News,# Employees,\"Notes \"\"x\"\"\"\n"
            "q@example.com,\"say \"\"hi\"\"; back\\\\slash\",\"Go, C++\",\"tab\there\",51-200,\"a\nb\"\n"_s);
        QVERIFY2(report.ok(), report.fatal ? qPrintable(report.fatal->reason) : "");
        QCOMPARE(report.imported, 1);
        const Lead lead = LeadRepository(t.db()).findByEmail(u"q@example.com"_s).value().value();
        QCOMPARE(lead.painPoints, (QStringList{u"say \"hi\""_s, u"back\\\\slash"_s}));
        QCOMPARE(lead.technologies, (QStringList{u"Go"_s, u"C++"_s}));
        QCOMPARE(lead.recentNews, QStringList{u"tab\there"_s});
        QCOMPARE(lead.companySize, u"51-200"_s);
        QCOMPARE(lead.customFields.value(u"Notes \"x\""_s).toString(), u"a\nb"_s);
        QVERIFY(lead.createdAt.isValid());
        QCOMPARE(lead.createdAt, lead.updatedAt);
        QVERIFY(lead.createdAt >= before);
        QVERIFY(lead.createdAt <= QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(lead.version, 1);
        if (!t.isPostgres()) {
            // The larger page cache is for the import only.
            QSqlQuery q = t.db().prepare(u"PRAGMA cache_size"_s);
            QVERIFY(t.db().exec(q).ok() && q.next());
            QCOMPARE(q.value(0).toLongLong(), cacheBefore);
        }
    }

    void demoSeedsOnceWithACampaign()
    {
        OUTREACH_TEST_DB(t);
        const DemoSeedResult first = DemoSeeder::seedIfEmpty(t.db());
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QVERIFY(first.seeded);
        QVERIFY(first.leads >= 45);
        QVERIFY(first.campaignId > 0);
        const DemoSeedResult second = DemoSeeder::seedIfEmpty(t.db());
        QVERIFY(!second.seeded);
        QCOMPARE(LeadRepository(t.db()).count({}).value(), first.leads);
    }
};

QTEST_GUILESS_MAIN(TestLeadImport)
#include "test_leadimport.moc"
