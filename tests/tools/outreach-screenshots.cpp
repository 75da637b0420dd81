// Writes the documentation screenshots of the real app, offscreen
// (scripts/screenshots). It opens the database through the Workspace as the
// app does, then either
//   --screenshots DIR   generates the demo campaign offline and writes
//                       generation.png and generation-panel.png mid-run, then
//                       main-window.png, messages.png, variant-editor.png and
//                       import-dialog.png once it has finished;
//   --sms-screenshot FILE  creates an SMS campaign over the demo leads,
//                       generates it and writes its Messages tab at 1280 x 800
//                       (in the UI language of the run: the docs show German).
// Every step waits for what it shows (rows stored, rows listed, the window
// exposed) instead of a fixed delay.
#include "CampaignListModel.h"
#include "CampaignPane.h"
#include "CampaignRepository.h"
#include "Database.h"
#include "GenerationPanel.h"
#include "GenerationRunner.h"
#include "ImportDialog.h"
#include "LeadTableModel.h"
#include "LeadsPane.h"
#include "MainWindow.h"
#include "MessageListModel.h"
#include "MessagesPane.h"
#include "VariantEditor.h"
#include "Workspace.h"
#include "generation/GenerationEngine.h"
#include "secrets/KeychainSecretStore.h"
#include "settings/AppSettings.h"
#include "settings/Translators.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace outreach;

namespace {
constexpr int kTimeoutMs = 120000;

bool fail(const char *why)
{
    std::fprintf(stderr, "outreach-screenshots: %s\n", why);
    return false;
}

// Layout requests posted by the last changes run before the next timer
// fires: wait for one, so a grab shows the laid-out window.
void settle()
{
    QTimer turn;
    turn.setSingleShot(true);
    QSignalSpy spy(&turn, &QTimer::timeout);
    turn.start(0);
    spy.wait(kTimeoutMs);
}

bool save(QWidget *widget, const QString &path)
{
    settle();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!widget->grab().save(path))
        return fail("cannot write a PNG");
    std::printf("%s\n", qPrintable(path));
    return true;
}

// Generates `campaignId` and calls `midRun` once `midRunAfter` messages are
// stored (outside the engine's signal); true when the run has finished.
bool generate(MainWindow &window, qint64 campaignId, int midRunAfter, const std::function<bool()> &midRun)
{
    GenerationRunner *runner = window.generationRunner();
    int stored = 0;
    QObject::connect(runner, &GenerationRunner::messageStored, &window, [&stored] { ++stored; });
    QSignalSpy finished(runner, &GenerationRunner::finished);
    if (!runner->generate(campaignId))
        return fail("the run did not start");
    if (midRun) {
        if (!QTest::qWaitFor([&] { return stored >= midRunAfter || !finished.isEmpty(); }, kTimeoutMs))
            return fail("no messages were stored");
        if (!midRun())
            return false;
    }
    if (finished.isEmpty() && !finished.wait(kTimeoutMs))
        return fail("the run did not finish");
    return true;
}

bool showMessages(MainWindow &window, int row)
{
    window.tabs()->setCurrentWidget(window.messagesPane());
    MessagesPane *pane = window.messagesPane();
    if (!QTest::qWaitFor([pane, row] { return pane->model()->rowCount() > row; }, kTimeoutMs))
        return fail("the Messages tab lists no messages");
    pane->view()->setCurrentIndex(pane->model()->index(row, 0));
    return QTest::qWaitFor([pane] { return pane->editor()->messageId() > 0; }, kTimeoutMs) ||
           fail("the variant editor shows no message");
}

bool demoScreenshots(Workspace &workspace, const QString &dir)
{
    MainWindow &window = *workspace.window();
    window.resize(1360, 820);
    qint64 campaignId = workspace.demoCampaignId();
    if (campaignId <= 0)
        campaignId = window.campaignPane()->currentCampaignId();
    window.campaignPane()->selectCampaign(campaignId);
    GenerationRunner *runner = window.generationRunner();
    GenerationOptions options = runner->options();
    options.concurrency = 2; // slow enough to be caught mid-run
    runner->setOptions(options);

    const bool generated = generate(window, campaignId, 12, [&] {
        window.tabs()->setCurrentWidget(window.messagesPane());
        // Progress signals are throttled; show the numbers of this very moment.
        if (GenerationEngine *engine = runner->engine())
            window.generationPanel()->showProgress(engine->progress());
        return save(&window, dir + u"/generation.png"_s) &&
               save(window.generationPanel(), dir + u"/generation-panel.png"_s);
    });
    if (!generated)
        return false;

    window.tabs()->setCurrentIndex(0);
    LeadsPane *leads = window.leadsPane();
    if (!QTest::qWaitFor([leads] { return leads->model()->rowCount() > 0; }, kTimeoutMs))
        return fail("the Leads tab lists no leads");
    if (!save(&window, dir + u"/main-window.png"_s))
        return false;

    if (!showMessages(window, 0) || !save(&window, dir + u"/messages.png"_s) ||
        !save(window.messagesPane()->editor(), dir + u"/variant-editor.png"_s))
        return false;

    ImportDialog dialog(window.database(), u":/demo/leads.csv"_s, &window);
    dialog.resize(980, 520);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog) ||
        !QTest::qWaitFor([&dialog] { return dialog.columnCount() > 0; }, kTimeoutMs))
        return fail("the import dialog shows no columns");
    const bool saved = save(&dialog, dir + u"/import-dialog.png"_s);
    dialog.close();
    return saved;
}

bool smsScreenshot(Workspace &workspace, const QString &path)
{
    MainWindow &window = *workspace.window();
    window.resize(1280, 800);
    Campaign campaign;
    // Demo data, in the language of the screenshot.
    campaign.name = QLocale().language() == QLocale::German ? u"SMS-Frühjahrsaktion für Bestandskunden"_s
                                                            : u"SMS spring campaign for existing customers"_s;
    campaign.channel = Channel::Sms;
    campaign.minScore = 60;
    campaign.provider = toString(ProviderId::Offline);
    campaign.senderName = u"Sam"_s;
    campaign.templateText = u"Hi {{first_name|there}}, quick question about {{company}}."_s;
    if (!CampaignRepository(window.database()).create(campaign))
        return fail("cannot create the SMS campaign");
    window.campaignPane()->model()->refresh();
    window.campaignPane()->selectCampaign(campaign.id);
    return generate(window, campaign.id, 0, {}) && showMessages(window, 1) && save(&window, path);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"OutreachStudio"_s);
    QApplication::setApplicationName(u"Outreach Studio"_s);
    AppSettings settings;
    installTranslators(app, settings);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes the documentation screenshots of Outreach Studio."_s);
    parser.addHelpOption();
    const QCommandLineOption db(u"db"_s, u"Database URL (a fresh one gets the demo data)."_s, u"url"_s);
    const QCommandLineOption shots(u"screenshots"_s,
                                   u"Generate the demo campaign, write screenshots to DIR."_s, u"dir"_s);
    const QCommandLineOption sms(
        u"sms-screenshot"_s, u"Generate an SMS campaign, write its Messages tab to FILE (PNG)."_s, u"file"_s);
    parser.addOptions({db, shots, sms});
    parser.process(app);
    if (parser.isSet(shots) == parser.isSet(sms)) {
        std::fprintf(stderr,
                     "outreach-screenshots: give either --screenshots DIR or --sms-screenshot FILE\n");
        return 2;
    }

    // The demo database and the offline provider need no key.
    KeychainSecretStore secrets;
    Workspace workspace(settings, secrets);
    if (!workspace.open(Database::resolveUrl(parser.value(db))))
        return 1;
    if (!QTest::qWaitForWindowExposed(workspace.window()))
        return 1;
    const bool ok = parser.isSet(shots) ? demoScreenshots(workspace, parser.value(shots))
                                        : smsScreenshot(workspace, parser.value(sms));
    return ok ? 0 : 1;
}
