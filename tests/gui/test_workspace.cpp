// The desktop workspace driven through its real widgets, offscreen: the
// campaign dialog blocks Save on an unknown variable, an SMS variant edit
// updates the segment counter, persists and undoes, a stale version asks
// "reload theirs / overwrite with mine", and the import dialog honours a
// remapped column.
#include "CampaignDialog.h"
#include "CampaignPane.h"
#include "CampaignRepository.h"
#include "DisplayNames.h"
#include "ImportDialog.h"
#include "LeadRepository.h"
#include "MainWindow.h"
#include "MessageRepository.h"
#include "MessagesPane.h"
#include "Prompt.h"
#include "TestData.h"
#include "TestDatabase.h"
#include "VariantEditor.h"
#include "VariantPanel.h"
#include "generation/ProviderFactory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outreach;
using namespace outreach::test;

namespace {
// An SMS campaign with one generated message for one lead.
qint64 seedSmsMessage(Database &db, qint64 *campaignId = nullptr)
{
    Lead lead = makeLead(1, 90);
    if (!LeadRepository(db).insert(lead).ok())
        return 0;
    Campaign campaign = makeCampaign(u"SMS push"_s, Channel::Sms, 50);
    if (!CampaignRepository(db).create(campaign).ok())
        return 0;
    Message m;
    m.campaignId = campaign.id;
    m.leadId = lead.id;
    m.status = GenerationStatus::Generated;
    for (int i = 0; i < kVariantCount; ++i) {
        Variant v;
        v.index = i;
        v.tone = toneOfIndex(i);
        v.body = u"Hi First1, short note %1."_s.arg(i);
        m.variants << v;
    }
    if (!MessageRepository(db).saveResult(m).ok())
        return 0;
    if (campaignId)
        *campaignId = campaign.id;
    return m.id;
}

QString storedBody(Database &db, qint64 messageId, int index)
{
    const auto m = MessageRepository(db).get(messageId);
    return m ? m->variants.value(index).body : QString();
}
} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings away from the user's
        QCoreApplication::setOrganizationName(u"OutreachStudioTest"_s);
    }

    void init()
    {
        Prompt::setNextAnswers({});
        Prompt::setNextFileNames({});
        Prompt::clearAsked();
    }

    void campaignDialogBlocksSaveOnUnknownVariable()
    {
        OUTREACH_TEST_DB(t);
        Lead lead = makeLead(1, 70);
        QVERIFY(LeadRepository(t.db()).insert(lead).ok());
        CampaignDialog dialog(t.db(), std::nullopt);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *name = dialog.findChild<QLineEdit *>(u"nameEdit"_s);
        auto *templ = dialog.findChild<QPlainTextEdit *>(u"templateEdit"_s);
        auto *templError = dialog.findChild<QLabel *>(u"templateError"_s);
        auto *qualifying = dialog.findChild<QLabel *>(u"qualifyingLabel"_s);
        auto *save = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Save);
        QVERIFY(name && templ && templError && save && qualifying);
        QVERIFY(qualifying->text().contains(u"1"_s));

        name->selectAll();
        QTest::keyClicks(name, u"Spring launch"_s);
        templ->clear();
        templ->setFocus();
        QTest::keyClicks(templ, u"Hi {{first_name}} from {{shoe_size}}"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY(templError->isVisibleTo(&dialog));
        QVERIFY2(templError->text().contains(u"shoe_size"_s), qPrintable(templError->text()));

        // Remove the unknown variable: the error goes, Save comes back.
        for (int i = 0; i < int(u" from {{shoe_size}}"_s.size()); ++i)
            QTest::keyClick(templ, Qt::Key_Backspace);
        QVERIFY(save->isEnabled());
        QVERIFY(!templError->isVisibleTo(&dialog));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(Prompt::askedTexts().isEmpty(), qPrintable(Prompt::askedTexts().join(u'\n')));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto stored = CampaignRepository(t.db()).get(dialog.savedCampaignId());
        QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
        QCOMPARE(stored->name, u"Spring launch"_s);
        QCOMPARE(stored->templateText, u"Hi {{first_name}}"_s);
    }

    // Every provider the campaign dialog offers is one the generator can
    // build (it once offered "openai-compatible", which it refused), shown
    // by its translated name.
    void campaignDialogOffersOnlyBuildableProviders()
    {
        OUTREACH_TEST_DB(t);
        CampaignDialog dialog(t.db(), std::nullopt);
        auto *provider = dialog.findChild<QComboBox *>(u"providerCombo"_s);
        QVERIFY(provider);
        QStringList offered;
        for (int i = 0; i < provider->count(); ++i) {
            const QString id = provider->itemData(i).toString();
            if (id.isEmpty())
                continue; // the application default
            offered << id;
            QVERIFY2(providerIdFromString(id).has_value(), qPrintable(id));
            QCOMPARE(provider->itemText(i), displayName(*providerIdFromString(id)));
            Campaign campaign;
            campaign.provider = id;
            QString error;
            const auto built =
                ProviderFactory::create(ProviderFactory::resolve(campaign, {}), u"key"_s, &error);
            QVERIFY2(built, qPrintable(id + u": "_s + error));
        }
        offered.sort();
        QStringList all = providerIdNames();
        all.sort();
        QCOMPARE(offered, all);
    }

    void smsEditUpdatesCounterPersistsAndUndoes()
    {
        OUTREACH_TEST_DB(t);
        const qint64 messageId = seedSmsMessage(t.db());
        QVERIFY(messageId > 0);
        MainWindow window(t.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.tabs()->setCurrentWidget(window.messagesPane());
        VariantEditor *editor = window.messagesPane()->editor();
        QTRY_COMPARE(editor->messageId(), messageId);
        VariantPanel *panel = editor->panel(0);
        QVERIFY(panel->bodyCounter()->text().contains(u"1 segment"_s));
        const QString original = panel->body();

        panel->bodyEdit()->setFocus();
        panel->bodyEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(panel->bodyEdit(), QString(150, u'x'));
        QVERIFY2(panel->bodyCounter()->text().contains(u"2 segments"_s),
                 qPrintable(panel->bodyCounter()->text()));
        QTRY_COMPARE(storedBody(t.db(), messageId, 0), original + QString(150, u'x'));
        QVERIFY(MessageRepository(t.db()).get(messageId)->variants.at(0).edited);
        QCOMPARE(window.undoStack()->count(), 1);

        // Undo from the message list (text fields keep their own Ctrl+Z).
        window.messagesPane()->view()->setFocus();
        QTest::keySequence(&window, QKeySequence::Undo);
        QTRY_COMPARE(storedBody(t.db(), messageId, 0), original);
        QCOMPARE(panel->body(), original);
        QVERIFY(panel->bodyCounter()->text().contains(u"1 segment"_s));
        window.undoStack()->redo();
        QCOMPARE(storedBody(t.db(), messageId, 0), original + QString(150, u'x'));
    }

    void staleVersionAsksWhichTextWins_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("mineWins");
        QTest::newRow("reload theirs") << 0 << false;
        QTest::newRow("overwrite with mine") << 1 << true;
    }

    void staleVersionAsksWhichTextWins()
    {
        QFETCH(int, answer);
        QFETCH(bool, mineWins);
        OUTREACH_TEST_DB(t);
        const qint64 messageId = seedSmsMessage(t.db());
        QVERIFY(messageId > 0);
        MainWindow window(t.db());
        window.show();
        window.tabs()->setCurrentWidget(window.messagesPane());
        VariantEditor *editor = window.messagesPane()->editor();
        QTRY_COMPARE(editor->messageId(), messageId);

        // Someone else saves the same variant through their own connection.
        auto other = t.db().openAnother();
        QVERIFY2(other.ok(), qPrintable(other.errorMessage()));
        const auto stored = MessageRepository(t.db()).get(messageId);
        const auto theirs =
            MessageRepository(*other.value())
                .updateVariant(messageId, 1, std::nullopt, u"Their text"_s, stored->variants.at(1).version);
        QVERIFY2(theirs.ok(), qPrintable(theirs.errorMessage()));

        Prompt::setNextAnswers({answer});
        VariantPanel *panel = editor->panel(1);
        panel->bodyEdit()->setFocus();
        panel->bodyEdit()->selectAll();
        QTest::keyClicks(panel->bodyEdit(), u"My text"_s);
        editor->commitPending();
        QTRY_VERIFY(!Prompt::askedTexts().isEmpty());
        QVERIFY2(Prompt::askedTexts().last().contains(u"changed by someone else"_s),
                 qPrintable(Prompt::askedTexts().last()));
        const QString expected = mineWins ? u"My text"_s : u"Their text"_s;
        QTRY_COMPARE(storedBody(t.db(), messageId, 1), expected);
        QTRY_COMPARE(panel->body(), expected);
        QCOMPARE(window.undoStack()->count(), mineWins ? 1 : 0); // a failed save is not in the history
    }

    void importDialogHonoursRemappedColumn()
    {
        OUTREACH_TEST_DB(t);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"leads.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Email,First Name,Role Name,Company\n"
                   "ada@example.com,Ada,Chief Engineer,Analytical Ltd\n"
                   "not-an-email,Bob,CTO,Broken Inc\n");
        file.close();

        ImportDialog dialog(t.db(), path);
        dialog.show();
        QCOMPARE(dialog.columnCount(), 4);
        QComboBox *roleCombo = dialog.mappingCombo(2);
        QCOMPARE(roleCombo->currentData().toString(), u"custom"_s);
        roleCombo->setFocus();
        roleCombo->setCurrentIndex(roleCombo->findData(u"title"_s));
        QCOMPARE(dialog.mappingOverrides(), QStringList{u"Role Name=title"_s});
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.report().imported, 1);
        QCOMPARE(dialog.report().errors.size(), 1);
        QCOMPARE(dialog.report().errors.first().line, 3);
        QVERIFY(dialog.findChild<QLabel *>(u"importSummary"_s)->text().contains(u"Imported 1"_s));
        const auto lead = LeadRepository(t.db()).findByEmail(u"ada@example.com"_s);
        QVERIFY(lead.ok() && lead.value());
        QCOMPARE(lead.value()->title, u"Chief Engineer"_s);

        const QString rejected = dir.filePath(u"rejected.csv"_s);
        QVERIFY(dialog.saveRejected(rejected));
        QFile out(rejected);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(out.readAll());
        QVERIFY2(csv.startsWith(u"line,column,reason"_s) && csv.contains(u"\n3,"_s), qPrintable(csv));
    }

    void deleteCampaignAsksFirst()
    {
        OUTREACH_TEST_DB(t);
        qint64 campaignId = 0;
        QVERIFY(seedSmsMessage(t.db(), &campaignId) > 0);
        MainWindow window(t.db());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window)); // shortcuts need an active window
        CampaignPane *pane = window.campaignPane();
        QTRY_COMPARE(pane->currentCampaignId(), campaignId);
        Prompt::setNextAnswers({-1}); // dismissed: nothing happens
        pane->view()->setFocus();
        QTest::keyClick(pane->view(), Qt::Key_Delete, Qt::ShiftModifier);
        QCOMPARE(Prompt::askedTexts().size(), 1);
        QVERIFY(CampaignRepository(t.db()).get(campaignId).ok());
        Prompt::setNextAnswers({0});
        QTest::keyClick(pane->view(), Qt::Key_Delete, Qt::ShiftModifier);
        QVERIFY(CampaignRepository(t.db()).get(campaignId).isNotFound());
        QCOMPARE(pane->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestWorkspace)
#include "test_workspace.moc"
