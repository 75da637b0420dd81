// The Leads tab's and the campaign list's everyday actions, offscreen:
// editing a lead (validated, version-checked), deleting the selection with
// the Delete key after being told what goes with it, exporting the filtered
// table as CSV, the context menu; pausing, resuming, completing and
// archiving a campaign, its cost in the pane, and an activation that warns
// about unapproved and over-limit messages first.
#include "CampaignPane.h"
#include "CampaignRepository.h"
#include "DisplayNames.h"
#include "ImportDialog.h"
#include "LeadDialog.h"
#include "LeadRepository.h"
#include "LeadTableModel.h"
#include "LeadsPane.h"
#include "MainWindow.h"
#include "MessageRepository.h"
#include "Prompt.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "csv/CsvReader.h"
#include "settings/Translators.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {
bool seedLeads(Database &db, int count)
{
    for (int n = 1; n <= count; ++n) {
        Lead lead = makeLead(n, 50 + n);
        lead.company = n % 2 ? u"Acme"_s : u"Globex"_s;
        if (!LeadRepository(db).insert(lead).ok())
            return false;
    }
    return true;
}

// A ready email campaign with `messages` generated messages costing 0.002 each.
qint64 seedCampaign(Database &db, int messages, bool overLimit)
{
    Campaign c = makeCampaign(u"Spring"_s, Channel::Email, 0);
    if (!CampaignRepository(db).create(c).ok())
        return 0;
    for (int n = 1; n <= messages; ++n) {
        Lead lead = makeLead(100 + n, 90);
        if (!LeadRepository(db).insert(lead).ok())
            return 0;
        Message m;
        m.campaignId = c.id;
        m.leadId = lead.id;
        m.status = GenerationStatus::Generated;
        m.costUsd = 0.002;
        for (int k = 0; k < kVariantCount; ++k) {
            Variant v{0, k, toneOfIndex(k), u"S"_s, u"Body %1"_s.arg(k), false, {}, 0};
            if (overLimit && n == 1 && k == 0)
                v.flags = {u"over_limit"_s};
            m.variants.append(v);
        }
        if (!MessageRepository(db).saveResult(m).ok())
            return 0;
    }
    CampaignRepository campaigns(db);
    for (CampaignStatus s : {CampaignStatus::Generating, CampaignStatus::Ready})
        (void)campaigns.setStatus(c.id, s);
    return campaigns.refreshCostTotal(c.id).ok() ? c.id : 0;
}

void selectRows(QTableView *view, const QList<int> &rows)
{
    view->clearSelection();
    for (int row : rows)
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
}
} // namespace

class TestLeadCampaignActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"OutreachStudioTest"_s);
        QCoreApplication::setApplicationName(u"test_lead_campaign_actions"_s);
        installTranslators(*QCoreApplication::instance(), u"en"_s); // English plural forms
    }

    void init()
    {
        QSettings().clear();
        Prompt::setNextAnswers({});
        Prompt::clearAsked();
    }

    void leadCountSaysOneLead()
    {
        OUTREACH_TEST_DB(t);
        QVERIFY(seedLeads(t.db(), 1));
        LeadsPane pane(t.db());
        auto *count = pane.findChild<QLabel *>(u"leadCount"_s);
        QVERIFY(count);
        QCOMPARE(count->text(), u"1 lead"_s);
    }

    void editDialogValidatesAndChecksTheVersion()
    {
        OUTREACH_TEST_DB(t);
        QVERIFY(seedLeads(t.db(), 1));
        const Lead stored = LeadRepository(t.db()).list({}).value().constFirst();
        LeadDialog dialog(t.db(), stored);
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        dialog.field(u"phone"_s)->setText(u"0800 call me"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(dialog.errorLabel()->text().contains(u"international form"_s));
        dialog.field(u"phone"_s)->setText(u"+49 30 1234567"_s);
        QVERIFY(save->isEnabled());
        dialog.field(u"company"_s)->setText(u"Acme Europe"_s);

        // Someone else saves first: "Load theirs" shows their version.
        Lead theirs = stored;
        theirs.company = u"Their Co"_s;
        QVERIFY(LeadRepository(t.db()).update(theirs).ok());
        Prompt::setNextAnswers({0});
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(Prompt::askedTexts().constLast().contains(u"changed by someone else"_s));
        QCOMPARE(dialog.field(u"company"_s)->text(), u"Their Co"_s);
        // Edit again on their version: saved.
        dialog.field(u"phone"_s)->setText(u"+4930 1234567"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Lead after = LeadRepository(t.db()).get(stored.id).value();
        QCOMPARE(after.phone, u"+49301234567"_s);
        QCOMPARE(after.company, u"Their Co"_s);
    }

    void deleteKeyDeletesTheSelectionAfterSayingWhatGoes()
    {
        OUTREACH_TEST_DB(t);
        QVERIFY(seedLeads(t.db(), 3));
        const qint64 campaignId =
            seedCampaign(t.db(), 1, false); // lead 101 has a message in a draft-like campaign
        QVERIFY(campaignId > 0);
        MainWindow window(t.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LeadsPane *pane = window.leadsPane();
        window.tabs()->setCurrentWidget(pane);
        QTRY_COMPARE(pane->model()->rowCount(), 4);
        const int withMessage =
            pane->model()->rowOfLead(LeadRepository(t.db()).list({}).value().constFirst().id);
        QVERIFY(withMessage >= 0);
        QCOMPARE(pane->view()->actions(),
                 (QList<QAction *>{pane->editAction(), pane->deleteAction(), pane->view()->actions().at(2),
                                   pane->exportAction()}));
        selectRows(pane->view(), {withMessage, withMessage == 0 ? 1 : 0});
        pane->view()->setFocus();
        Prompt::setNextAnswers({-1}); // cancelled: nothing goes
        QTest::keyClick(pane->view(), Qt::Key_Delete);
        QCOMPARE(LeadRepository(t.db()).count({}).value(), qint64(4));
        const QString asked = Prompt::askedTexts().constLast();
        QVERIFY2(asked.contains(u"Delete 2 leads?"_s) && asked.contains(u"1 message in campaigns"_s),
                 qPrintable(asked));
        Prompt::setNextAnswers({0});
        QTest::keyClick(pane->view(), Qt::Key_Delete);
        QCOMPARE(LeadRepository(t.db()).count({}).value(), qint64(2));
        QCOMPARE(MessageRepository(t.db()).count(campaignId).value(), qint64(0));
        QTRY_COMPARE(pane->model()->rowCount(), 2);
    }

    void exportWritesTheFilteredTable()
    {
        OUTREACH_TEST_DB(t);
        QVERIFY(seedLeads(t.db(), 4));
        LeadsPane pane(t.db());
        pane.searchEdit()->setText(u"globex"_s);
        QTRY_COMPARE(pane.model()->totalCount(), qint64(2));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"leads.csv"_s);
        Prompt::setNextFileNames({path});
        pane.exportAction()->trigger();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file);
        QList<QStringList> records;
        while (reader.readNext() == CsvReader::Status::Record)
            records << reader.fields();
        QCOMPARE(records.size(), 3);
        QVERIFY(records.at(0).at(0).endsWith(u"email"_s)); // after the byte order mark, if kept
        for (int row = 1; row < 3; ++row) {
            QCOMPARE(records.at(row).at(4), u"Globex"_s);
            QVERIFY(records.at(row).at(6).startsWith(u"+1555"_s)); // phone numbers unharmed
        }
    }

    void importFileFieldAcceptsATypedPath()
    {
        OUTREACH_TEST_DB(t);
        QTemporaryDir dir;
        QFile csv(dir.filePath(u"typed.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Email,First Name,Company,Qualification Score\nada@example.com,Ada,Analytical,90\n");
        csv.close();
        ImportDialog dialog(t.db());
        auto *preview = dialog.findChild<QTableWidget *>(u"importPreview"_s);
        QVERIFY(preview && !dialog.fileEdit()->isReadOnly());
        // A path that is not there is named, nothing is loaded.
        dialog.fileEdit()->setText(dir.filePath(u"missing.csv"_s));
        emit dialog.fileEdit()->editingFinished();
        QCOMPARE(preview->columnCount(), 0);
        QVERIFY(!dialog.findChildren<QLabel *>().isEmpty());
        bool named = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            named = named || label->text().contains(u"There is no file"_s);
        QVERIFY(named);
        // A pasted file:// URL loads the file.
        dialog.fileEdit()->setText(QUrl::fromLocalFile(csv.fileName()).toString());
        emit dialog.fileEdit()->editingFinished();
        QTRY_COMPARE(preview->columnCount(), 4);
    }

    void lifecycleActionsAndCost()
    {
        OUTREACH_TEST_DB(t);
        const qint64 id = seedCampaign(t.db(), 4, false);
        QVERIFY(id > 0);
        CampaignPane pane(t.db());
        pane.selectCampaign(id);
        QCOMPARE(pane.costLabel()->text(),
                 u"Cost %1 · %2 per message"_s.arg(formatMoney(0.008), formatMoney(0.002)));
        QVERIFY(!pane.pauseAction()->isEnabled()); // ready: nothing to pause yet
        QVERIFY(pane.archiveAction()->isEnabled());
        QVERIFY(CampaignRepository(t.db()).setStatus(id, CampaignStatus::Active).ok());
        pane.model()->refreshCampaign(id);
        QTRY_VERIFY(pane.pauseAction()->isEnabled());
        QVERIFY(!pane.resumeAction()->isEnabled());

        pane.pauseAction()->trigger();
        QCOMPARE(CampaignRepository(t.db()).get(id)->status, CampaignStatus::Paused);
        QVERIFY(pane.resumeAction()->isEnabled());
        pane.resumeAction()->trigger();
        QCOMPARE(CampaignRepository(t.db()).get(id)->status, CampaignStatus::Active);
        Prompt::setNextAnswers({-1});
        pane.completeAction()->trigger();
        QCOMPARE(CampaignRepository(t.db()).get(id)->status, CampaignStatus::Active);
        Prompt::setNextAnswers({0});
        pane.completeAction()->trigger();
        QCOMPARE(CampaignRepository(t.db()).get(id)->status, CampaignStatus::Completed);
        Prompt::setNextAnswers({0});
        pane.archiveAction()->trigger();
        QCOMPARE(CampaignRepository(t.db()).get(id)->status, CampaignStatus::Archived);
        for (QAction *a :
             {pane.pauseAction(), pane.resumeAction(), pane.completeAction(), pane.archiveAction()})
            QVERIFY(!a->isEnabled());
    }

    void activationWarnsAboutUnapprovedAndOverLimit()
    {
        OUTREACH_TEST_DB(t);
        const qint64 id = seedCampaign(t.db(), 3, true);
        QVERIFY(id > 0);
        const qint64 approved = MessageRepository(t.db()).list(id).value().constFirst().message.id;
        QVERIFY(MessageRepository(t.db()).setApproved(approved, true).ok());
        MainWindow window(t.db());
        window.campaignPane()->selectCampaign(id);
        Prompt::setNextAnswers({-1});
        window.findChild<QAction *>(u"activateAction"_s)->trigger();
        const QString asked = Prompt::askedTexts().constLast();
        QVERIFY2(asked.contains(u"2 generated messages are not approved yet."_s), qPrintable(asked));
        QVERIFY2(asked.contains(u"1 message has a variant over the channel's length limit."_s),
                 qPrintable(asked));
        QCOMPARE(CampaignRepository(t.db()).get(id)->status, CampaignStatus::Ready);
    }
};

QTEST_MAIN(TestLeadCampaignActions)
#include "test_lead_campaign_actions.moc"
