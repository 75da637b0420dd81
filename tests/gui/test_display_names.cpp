// Every user-visible enum has one translated display name, and money is
// written with the locale: in German, campaign states, message statuses,
// tones, channels and event names are German in the models, combo boxes
// and status messages, and a cost reads "0,0001 $" like the analytics.
#include "CampaignDialog.h"
#include "CampaignListModel.h"
#include "CampaignRepository.h"
#include "DisplayNames.h"
#include "LeadRepository.h"
#include "MessageListModel.h"
#include "MessageRepository.h"
#include "MessagesPane.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "VariantEditor.h"
#include "VariantPanel.h"
#include "settings/Translators.h"

#include <QComboBox>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

class TestDisplayNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(installTranslators(*QCoreApplication::instance(), u"de"_s), u"de"_s);
    }

    void everyEnumValueIsTranslated()
    {
        QSet<QString> seen;
        const auto check = [&seen](const QString &shown, const QString &stored) {
            // Translated: not the stored English form, not shared with another value.
            QVERIFY2(!shown.isEmpty() && shown.compare(stored, Qt::CaseInsensitive) != 0 &&
                         shown != u"LinkedIn"_s,
                     qPrintable(stored + u" -> "_s + shown));
            QVERIFY2(!seen.contains(shown), qPrintable(shown));
            seen.insert(shown);
        };
        for (int i = 0; i <= int(CampaignStatus::Archived); ++i)
            check(displayName(CampaignStatus(i)), outreach::toString(CampaignStatus(i)));
        seen.clear();
        for (int i = 0; i <= int(GenerationStatus::Excluded); ++i)
            check(displayName(GenerationStatus(i)), outreach::toString(GenerationStatus(i)));
        seen.clear();
        for (int i = 0; i < kVariantCount; ++i)
            check(displayName(Tone(i)), outreach::toString(Tone(i)));
        seen.clear();
        for (int i = 0; i <= int(EventType::Unsubscribed); ++i)
            check(displayName(EventType(i)), outreach::toString(EventType(i)));
        QCOMPARE(displayName(Channel::Email), u"E-Mail"_s);
        QCOMPARE(displayName(Channel::Custom), u"Benutzerdefiniert"_s);
        QCOMPARE(variantFlagDisplayName(u"over_limit"_s), u"über dem Limit"_s);
    }

    void moneyUsesTheLocale_data()
    {
        QTest::addColumn<double>("usd");
        QTest::addColumn<QString>("german");
        QTest::addColumn<QString>("english");
        QTest::newRow("fraction of a cent") << 0.0001 << u"0,0001\u00a0$"_s << u"$0.0001"_s;
        QTest::newRow("dollars") << 1234.5 << u"1.234,50\u00a0$"_s << u"$1,234.50"_s;
        QTest::newRow("zero") << 0.0 << u"0,00\u00a0$"_s << u"$0.00"_s;
    }

    void moneyUsesTheLocale()
    {
        QFETCH(double, usd);
        QFETCH(QString, german);
        QFETCH(QString, english);
        QCOMPARE(formatMoney(usd, QLocale(QLocale::German, QLocale::Germany)), german);
        QCOMPARE(formatMoney(usd, QLocale(QLocale::English, QLocale::UnitedStates)), english);
    }

    void modelsAndWidgetsShowTheTranslations()
    {
        OUTREACH_TEST_DB(t);
        Lead lead = makeLead(1, 90);
        QVERIFY(LeadRepository(t.db()).insert(lead).ok());
        Campaign campaign = makeCampaign(u"SMS"_s, Channel::Sms, 0);
        QVERIFY(CampaignRepository(t.db()).create(campaign).ok());
        Message m;
        m.campaignId = campaign.id;
        m.leadId = lead.id;
        m.status = GenerationStatus::Generated;
        m.costUsd = 0.0001;
        for (int i = 0; i < kVariantCount; ++i)
            m.variants << Variant{0, i, toneOfIndex(i), std::nullopt, u"Hallo %1"_s.arg(i), false, {}, 0};
        QVERIFY(MessageRepository(t.db()).saveResult(m).ok());

        CampaignListModel campaigns(t.db());
        QVERIFY2(campaigns.index(0).data(CampaignListModel::DetailRole).toString().startsWith(u"Entwurf"_s),
                 qPrintable(campaigns.index(0).data(CampaignListModel::DetailRole).toString()));
        QUndoStack undo;
        MessagesPane pane(t.db(), &undo);
        pane.setCampaign(&campaign);
        QCOMPARE(pane.model()->index(0, MessageListModel::StatusColumn).data().toString(),
                 displayName(GenerationStatus::Generated));
        QCOMPARE(pane.model()->index(0, MessageListModel::CostColumn).data().toString(), u"0,0001\u00a0$"_s);
        QStringList filters;
        for (int i = 1; i < pane.statusFilter()->count(); ++i)
            filters << pane.statusFilter()->itemText(i);
        QCOMPARE(
            filters,
            (QStringList{displayName(GenerationStatus::Pending), displayName(GenerationStatus::Generated),
                         displayName(GenerationStatus::Failed), displayName(GenerationStatus::Excluded)}));
        QSignalSpy status(pane.editor(), &VariantEditor::statusMessage);
        // Copy the friendly variant: the status message names its tone.
        emit pane.editor()->panel(1)->copyRequested(1);
        QCOMPARE(status.size(), 1);
        QVERIFY2(status.first().first().toString().contains(displayName(Tone::Friendly)),
                 qPrintable(status.first().first().toString()));
        QVERIFY(!status.first().first().toString().contains(u"friendly"_s));

        CampaignDialog dialog(t.db(), campaign);
        auto *channels = dialog.findChild<QComboBox *>(u"channelCombo"_s);
        QVERIFY(channels);
        QCOMPARE(channels->currentText(), displayName(Channel::Sms));
        QCOMPARE(channels->itemText(channels->findData(int(Channel::Email))), u"E-Mail"_s);
    }
};

QTEST_MAIN(TestDisplayNames)
#include "test_display_names.moc"
