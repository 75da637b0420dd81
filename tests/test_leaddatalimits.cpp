// LeadDataLimits: a lead's fields are capped one by one and together before
// they go into a prompt, and every cut is named (issue 11 item 6). Large
// values are generated here, never committed as fixtures.
#include "generation/LeadDataLimits.h"
#include "generation/PromptBuilder.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outreach;

Q_DECLARE_METATYPE(outreach::Lead)

namespace {

Lead smallLead()
{
    Lead lead;
    lead.id = 7;
    lead.email = u"ada@example.com"_s;
    lead.firstName = u"Ada"_s;
    lead.lastName = u"Lovelace"_s;
    lead.company = u"Analytical Engines"_s;
    lead.painPoints = {u"slow reporting"_s};
    lead.customFields = QJsonObject{{u"Favorite Color"_s, u"green"_s}};
    return lead;
}

qsizetype totalChars(const Lead &l)
{
    qsizetype n = 0;
    for (const QString *s :
         {&l.firstName, &l.lastName, &l.title, &l.company, &l.industry, &l.location, &l.website,
          &l.linkedinUrl, &l.qualificationReasoning, &l.researchNotes, &l.companySize, &l.annualRevenue})
        n += s->size();
    for (const QStringList *list :
         {&l.painPoints, &l.buyingSignals, &l.technologies, &l.recentNews, &l.keywords})
        for (const QString &item : *list)
            n += item.size();
    for (auto it = l.customFields.constBegin(); it != l.customFields.constEnd(); ++it)
        n += it.key().size() + it.value().toString().size();
    return n;
}

} // namespace

class TestLeadDataLimits : public QObject
{
    Q_OBJECT

private slots:
    void cap_data()
    {
        QTest::addColumn<Lead>("lead");
        QTest::addColumn<QStringList>("cut");

        QTest::newRow("small lead untouched") << smallLead() << QStringList();

        Lead notes = smallLead();
        notes.researchNotes = QString(100 * 1024, u'n'); // 100 KB
        QTest::newRow("100 KB research notes") << notes << QStringList{u"research_notes"_s};

        Lead custom = smallLead();
        custom.customFields.insert(u"Dump"_s, QString(5 * 1024 * 1024, u'x')); // 5 MB
        QTest::newRow("5 MB custom field") << custom << QStringList{u"Dump"_s};

        Lead list = smallLead();
        list.painPoints = QStringList(5000, u"manual exports"_s);
        QTest::newRow("5,000 pain points") << list << QStringList{u"pain_points"_s};

        Lead wide = smallLead();
        for (QString *s : {&wide.title, &wide.industry, &wide.location, &wide.website, &wide.linkedinUrl,
                           &wide.qualificationReasoning, &wide.researchNotes, &wide.companySize})
            *s = QString(1900, u'w'); // each under the field cap, together over the lead cap
        QTest::newRow("many fields under the field cap")
            << wide << QStringList{u"research_notes"_s, u"company_size"_s, u"Favorite Color"_s};
    }

    void cap()
    {
        QFETCH(Lead, lead);
        QFETCH(QStringList, cut);
        const CappedLead capped = LeadDataLimits::cap(lead);
        QCOMPARE(capped.cutFields, cut);
        QCOMPARE(capped.lead.id, lead.id);
        QVERIFY(totalChars(capped.lead) <= LeadDataLimits::kMaxLeadChars);
        QVERIFY(capped.lead.researchNotes.size() <= LeadDataLimits::kMaxFieldChars);
        if (cut.isEmpty()) {
            QCOMPARE(totalChars(capped.lead), totalChars(lead));
            return;
        }
        // What is left of a cut text shows that it goes on.
        if (cut.first() == u"research_notes")
            QVERIFY(capped.lead.researchNotes.endsWith(u'…'));
        // The whole request stays small: the lead block plus the fixed instructions.
        Campaign campaign;
        const ChatRequest request = PromptBuilder::build(campaign, capped.lead, QString());
        qsizetype chars = 0;
        for (const ChatMessage &m : request.messages)
            chars += m.content.size();
        QVERIFY2(chars < LeadDataLimits::kMaxLeadChars + 8000, qPrintable(QString::number(chars)));
    }

    void surrogatePairsAreNotSplit()
    {
        Lead lead = smallLead();
        lead.company = QString(u"😀"_s).repeated(LeadDataLimits::kMaxFieldChars);
        const CappedLead capped = LeadDataLimits::cap(lead);
        QCOMPARE(capped.cutFields, QStringList{u"company"_s});
        const QString kept = capped.lead.company.chopped(1); // without the ellipsis
        QVERIFY(!kept.isEmpty());
        QVERIFY(!kept.back().isHighSurrogate());
        QVERIFY(capped.lead.company.size() <= LeadDataLimits::kMaxFieldChars);
    }
};

QTEST_GUILESS_MAIN(TestLeadDataLimits)
#include "test_leaddatalimits.moc"
