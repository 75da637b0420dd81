// Lead, campaign and message repositories on the backend under test: round
// trips, case-insensitive unique email, version conflicts, cascades, and the
// merge rules of a re-import.
#include "CampaignRepository.h"
#include "LeadRepository.h"
#include "MessageRepository.h"
#include "TestData.h"
#include "TestDatabase.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void leadRoundTripKeepsTextVerbatim()
    {
        OUTREACH_TEST_DB(t);
        LeadRepository leads(t.db());
        Lead lead = makeLead(1);
        lead.firstName = u"José 🚀"_s;
        lead.lastName = u"O'Brien; DROP TABLE leads;--"_s;
        lead.company = u"株式会社テスト \"Quotes\", commas"_s;
        lead.customFields.insert(u"Favorite Color"_s, u"teal"_s);
        lead.researchNotes = u"Line one\nLine two"_s;
        QVERIFY(leads.insert(lead).ok());
        QVERIFY(lead.id > 0);
        const auto loaded = leads.get(lead.id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded->firstName, lead.firstName);
        QCOMPARE(loaded->lastName, lead.lastName);
        QCOMPARE(loaded->company, lead.company);
        QCOMPARE(loaded->painPoints, lead.painPoints);
        QCOMPARE(loaded->technologies, lead.technologies);
        QCOMPARE(loaded->recentNews, lead.recentNews);
        QCOMPARE(loaded->researchNotes, lead.researchNotes);
        QCOMPARE(loaded->qualificationScore, std::optional<int>(80));
        QCOMPARE(loaded->customFields.value(u"Favorite Color"_s).toString(), u"teal"_s);
        QCOMPARE(loaded->version, 1);
        QCOMPARE(loaded->fieldValue(u"favorite_color"_s), std::optional<QString>(u"teal"_s));
    }

    void emailIsUniqueCaseInsensitively()
    {
        OUTREACH_TEST_DB(t);
        LeadRepository leads(t.db());
        Lead a = makeLead(1);
        a.email = u"Ada@Example.com"_s;
        QVERIFY(leads.insert(a).ok());
        Lead b = makeLead(2);
        b.email = u"ada@EXAMPLE.COM"_s;
        const auto result = leads.insert(b);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, DbError::Kind::Constraint);
        const auto found = leads.findByEmail(u"ADA@example.com"_s);
        QVERIFY(found.ok() && found.value().has_value());
        QCOMPARE(found.value()->id, a.id);
    }

    void staleLeadUpdateIsAConflict()
    {
        OUTREACH_TEST_DB(t);
        LeadRepository leads(t.db());
        Lead lead = makeLead(1);
        QVERIFY(leads.insert(lead).ok());
        Lead mine = leads.get(lead.id).value();
        Lead theirs = leads.get(lead.id).value();
        theirs.title = u"CTO"_s;
        QVERIFY(leads.update(theirs).ok());
        QCOMPARE(theirs.version, 2);
        mine.title = u"CEO"_s;
        const auto status = leads.update(mine);
        QVERIFY(status.isConflict());
        QCOMPARE(leads.get(lead.id)->title, u"CTO"_s); // theirs survives
    }

    // A lead imported again: matched by email (case-insensitively), then
    // skipped or merged (a field the new row lacks is kept), or inserted.
    void upsertUpdatesMergesOrSkips_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<int>("onDuplicate");
        QTest::addColumn<int>("outcome");
        using D = LeadRepository::OnDuplicate;
        using U = LeadRepository::Upserted;
        QTest::newRow("same email, skip") << u"LEAD1@example.com"_s << int(D::Skip) << int(U::Skipped);
        QTest::newRow("same email, update") << u"LEAD1@example.com"_s << int(D::Update) << int(U::Updated);
        QTest::newRow("new email, update") << u"other@example.com"_s << int(D::Update) << int(U::Inserted);
        QTest::newRow("new email, skip") << u"other@example.com"_s << int(D::Skip) << int(U::Inserted);
    }

    void upsertUpdatesMergesOrSkips()
    {
        QFETCH(QString, email);
        QFETCH(int, onDuplicate);
        QFETCH(int, outcome);
        using U = LeadRepository::Upserted;
        OUTREACH_TEST_DB(t);
        LeadRepository leads(t.db());
        Lead original = makeLead(1, 50);
        QVERIFY(leads.insert(original).ok());

        Lead again;
        again.email = email;
        again.title = u"VP Sales"_s;
        again.qualificationScore = 90;
        const auto result = leads.upsert(again, LeadRepository::OnDuplicate(onDuplicate));
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(int(result.value()), outcome);
        QCOMPARE(leads.count({}).value(), outcome == int(U::Inserted) ? 2 : 1);

        const Lead kept = leads.get(original.id).value();
        if (outcome == int(U::Updated)) {
            QCOMPARE(kept.title, u"VP Sales"_s);
            QCOMPARE(kept.qualificationScore, std::optional<int>(90));
        } else {
            QCOMPARE(kept.title, original.title);
            QCOMPARE(kept.qualificationScore, original.qualificationScore);
        }
        QCOMPARE(kept.painPoints, original.painPoints); // never in the new row: kept
        QCOMPARE(kept.company, original.company);
    }

    void listFiltersAndSortsInSql()
    {
        OUTREACH_TEST_DB(t);
        LeadRepository leads(t.db());
        const QList<int> scores = {10, 95, 60, 75, 40};
        for (int i = 0; i < scores.size(); ++i) {
            Lead lead = makeLead(i, scores[i]);
            if (i == 3)
                lead.company = u"Zebra Analytics"_s;
            QVERIFY(leads.insert(lead).ok());
        }
        LeadFilter filter;
        filter.minScore = 50;
        const auto qualified = leads.list(filter).value();
        QCOMPARE(qualified.size(), 3);
        QCOMPARE(qualified.at(0).qualificationScore, std::optional<int>(95));
        QCOMPARE(qualified.at(2).qualificationScore, std::optional<int>(60));
        QCOMPARE(leads.count(filter).value(), 3);

        LeadFilter search;
        search.search = u"zebra"_s;
        QCOMPARE(leads.list(search)->size(), 1);
        search.search = u"100%_"_s; // LIKE wildcards are literal
        QCOMPARE(leads.list(search)->size(), 0);

        LeadFilter page;
        page.sort = LeadFilter::Sort::Score;
        page.descending = false;
        page.limit = 2;
        page.offset = 1;
        const auto window = leads.list(page).value();
        QCOMPARE(window.size(), 2);
        QCOMPARE(window.at(0).qualificationScore, std::optional<int>(40));
    }

    // Each move from a state reached the ordinary way, stored or refused by
    // the repository on the backend under test; a refusal names both states.
    void campaignLifecycleIsEnforced_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("allowed");
        using S = CampaignStatus;
        const struct
        {
            S from, to;
            bool allowed;
        } cases[] = {
            {S::Draft, S::Generating, true},   {S::Draft, S::Archived, true},
            {S::Draft, S::Active, false},      {S::Draft, S::Completed, false},
            {S::Generating, S::Ready, true},   {S::Generating, S::Draft, true},
            {S::Generating, S::Active, false}, {S::Ready, S::Active, true},
            {S::Ready, S::Generating, true},   {S::Ready, S::Draft, true},
            {S::Ready, S::Archived, true},     {S::Ready, S::Paused, false},
            {S::Active, S::Paused, true},      {S::Active, S::Completed, true},
            {S::Active, S::Draft, false},      {S::Active, S::Ready, false},
            {S::Active, S::Archived, false},   {S::Paused, S::Active, true},
            {S::Paused, S::Completed, true},   {S::Paused, S::Generating, false},
            {S::Completed, S::Archived, true}, {S::Completed, S::Draft, false},
            {S::Completed, S::Active, false},  {S::Archived, S::Active, false},
            {S::Archived, S::Draft, false},
        };
        for (const auto &c : cases) {
            QTest::addRow("%s -> %s", qPrintable(outreach::toString(c.from)),
                          qPrintable(outreach::toString(c.to)))
                << int(c.from) << int(c.to) << c.allowed;
        }
    }

    void campaignLifecycleIsEnforced()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, allowed);
        using S = CampaignStatus;
        // The ordinary road to each state.
        const QHash<int, QList<S>> road = {
            {int(S::Draft), {}},
            {int(S::Generating), {S::Generating}},
            {int(S::Ready), {S::Generating, S::Ready}},
            {int(S::Active), {S::Generating, S::Ready, S::Active}},
            {int(S::Paused), {S::Generating, S::Ready, S::Active, S::Paused}},
            {int(S::Completed), {S::Generating, S::Ready, S::Active, S::Completed}},
            {int(S::Archived), {S::Generating, S::Ready, S::Active, S::Completed, S::Archived}},
        };
        OUTREACH_TEST_DB(t);
        CampaignRepository campaigns(t.db());
        Campaign c = makeCampaign();
        QVERIFY(campaigns.create(c).ok());
        for (S step : road.value(from))
            QVERIFY(campaigns.setStatus(c.id, step).ok());
        QCOMPARE(campaigns.get(c.id)->status, S(from));

        const auto moved = campaigns.setStatus(c.id, S(to));
        QCOMPARE(moved.ok(), allowed);
        QCOMPARE(campaigns.get(c.id)->status, allowed ? S(to) : S(from));
        if (!allowed) {
            QVERIFY2(moved.errorMessage().contains(outreach::toString(S(from))) &&
                         moved.errorMessage().contains(outreach::toString(S(to))),
                     qPrintable(moved.errorMessage()));
        }
    }

    void campaignRoundTripAndConflict()
    {
        OUTREACH_TEST_DB(t);
        CampaignRepository campaigns(t.db());
        Campaign c = makeCampaign(u"Q4 SMS"_s, Channel::Sms, 70);
        c.budgetUsd = 12.5;
        c.winnerMetric = WinnerMetric::Click;
        c.customHasSubject = true;
        QVERIFY(campaigns.create(c).ok());
        Campaign loaded = campaigns.get(c.id).value();
        QCOMPARE(loaded.name, c.name);
        QCOMPARE(loaded.channel, Channel::Sms);
        QCOMPARE(loaded.minScore, 70);
        QCOMPARE(loaded.budgetUsd, 12.5);
        QCOMPARE(loaded.winnerMetric, WinnerMetric::Click);
        QCOMPARE(loaded.customHasSubject, true);
        Campaign stale = loaded;
        loaded.name = u"Renamed"_s;
        QVERIFY(campaigns.update(loaded).ok());
        stale.name = u"Other"_s;
        QVERIFY(campaigns.update(stale).isConflict());
        QCOMPARE(campaigns.get(c.id)->name, u"Renamed"_s);
    }

    void messagesSaveAccumulateAndCascade()
    {
        OUTREACH_TEST_DB(t);
        LeadRepository leads(t.db());
        CampaignRepository campaigns(t.db());
        MessageRepository messages(t.db());
        Lead lead = makeLead(1, 90);
        QVERIFY(leads.insert(lead).ok());
        Lead low = makeLead(2, 20);
        QVERIFY(leads.insert(low).ok());
        Campaign c = makeCampaign(u"C"_s, Channel::Email, 50);
        QVERIFY(campaigns.create(c).ok());
        QCOMPARE(campaigns.summary(c.id)->qualifying, 1);

        QCOMPARE(messages.leadsToGenerate(c.id, c.minScore, false)->size(), 1);

        Message failed;
        failed.campaignId = c.id;
        failed.leadId = lead.id;
        failed.status = GenerationStatus::Failed;
        failed.error = u"timeout"_s;
        failed.attempts = 4;
        failed.costUsd = 0.001;
        failed.promptTokens = 100;
        QVERIFY(messages.saveResult(failed).ok());
        QCOMPARE(messages.leadsToGenerate(c.id, c.minScore, false)->size(), 0);
        QCOMPARE(messages.leadsToGenerate(c.id, c.minScore, true)->size(), 1);

        Message ok;
        ok.campaignId = c.id;
        ok.leadId = lead.id;
        ok.status = GenerationStatus::Generated;
        ok.attempts = 1;
        ok.costUsd = 0.002;
        ok.promptTokens = 120;
        for (int i = 0; i < kVariantCount; ++i) {
            Variant v;
            v.index = i;
            v.tone = toneOfIndex(i);
            v.subject = u"Subject %1"_s.arg(i);
            v.body = u"Body %1"_s.arg(i);
            ok.variants.append(v);
        }
        QVERIFY(messages.saveResult(ok).ok());
        QCOMPARE(ok.id, failed.id); // same row, replaced
        const Message stored = messages.get(ok.id).value();
        QCOMPARE(stored.status, GenerationStatus::Generated);
        QCOMPARE(stored.attempts, 5);
        QCOMPARE(stored.promptTokens, 220);
        QVERIFY(qAbs(stored.costUsd - 0.003) < 1e-12);
        QCOMPARE(stored.variants.size(), 3);
        QCOMPARE(stored.variants.at(2).tone, Tone::Direct);
        QCOMPARE(stored.variants.at(1).subject, std::optional<QString>(u"Subject 1"_s));

        QVERIFY(campaigns.refreshCostTotal(c.id).ok());
        QVERIFY(qAbs(campaigns.get(c.id)->costTotal - 0.003) < 1e-12);
        QCOMPARE(campaigns.summary(c.id)->generated, 1);

        const auto listed = messages.list(c.id).value();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).lead.email, lead.email);
        QCOMPARE(listed.at(0).message.variants.size(), 3);

        QVERIFY(campaigns.remove(c.id).ok());
        QVERIFY(messages.get(ok.id).isNotFound());
        QCOMPARE(leads.count({}).value(), 2); // leads are not campaign-owned
    }

    void variantEditIsVersionChecked()
    {
        OUTREACH_TEST_DB(t);
        LeadRepository leads(t.db());
        CampaignRepository campaigns(t.db());
        MessageRepository messages(t.db());
        Lead lead = makeLead(1);
        QVERIFY(leads.insert(lead).ok());
        Campaign c = makeCampaign(u"SMS"_s, Channel::Sms);
        QVERIFY(campaigns.create(c).ok());
        Message m;
        m.campaignId = c.id;
        m.leadId = lead.id;
        m.status = GenerationStatus::Generated;
        for (int i = 0; i < kVariantCount; ++i)
            m.variants.append(Variant{0, i, toneOfIndex(i), std::nullopt, u"Text %1"_s.arg(i), false, {}, 0});
        QVERIFY(messages.saveResult(m).ok());

        const auto edited = messages.updateVariant(m.id, 1, std::nullopt, u"Mine"_s, 1);
        QVERIFY2(edited.ok(), qPrintable(edited.errorMessage()));
        QCOMPARE(edited->version, 2);
        QVERIFY(edited->edited);
        QVERIFY(!edited->subject.has_value());
        const auto stale = messages.updateVariant(m.id, 1, std::nullopt, u"Stale"_s, 1);
        QVERIFY(stale.isConflict());
        QCOMPARE(messages.get(m.id)->variants.at(1).body, u"Mine"_s);
        QVERIFY(messages.updateVariant(m.id, 7, std::nullopt, u"x"_s, 1).ok() == false);

        // Pinning is allowed before the test starts and refused after.
        QVERIFY(messages.setAssignedVariant(m.id, 2, true).ok());
        QCOMPARE(messages.get(m.id)->assignedVariant, std::optional<int>(2));
        for (CampaignStatus s : {CampaignStatus::Generating, CampaignStatus::Ready, CampaignStatus::Active})
            QVERIFY(campaigns.setStatus(c.id, s).ok());
        const auto refused = messages.setAssignedVariant(m.id, 0, true);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(u"started"_s), qPrintable(refused.errorMessage()));
        QCOMPARE(messages.get(m.id)->assignedVariant, std::optional<int>(2));
        QVERIFY(messages.setAssignedVariant(999999, 0, true).isNotFound());

        // Approval is independent of the test's state and survives a reload.
        QVERIFY(!messages.get(m.id)->approved);
        QVERIFY(messages.setApproved(m.id, true).ok());
        QVERIFY(messages.get(m.id)->approved);
        QVERIFY(messages.list(c.id).value().first().message.approved);
        QVERIFY(messages.setApproved(m.id, false).ok());
        QVERIFY(!messages.get(m.id)->approved);
        QVERIFY(messages.setApproved(999999, true).isNotFound());
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "test_repositories.moc"
