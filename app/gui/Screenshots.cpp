#include "Screenshots.h"

#include "GenerationPanel.h"
#include "GenerationRunner.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "MessagesPane.h"
#include "VariantEditor.h"
#include "generation/GenerationEngine.h"

#include "CampaignListModel.h"
#include "CampaignPane.h"
#include "CampaignRepository.h"
#include "Database.h"
#include "MessageListModel.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace outreach {

void takeGenerationScreenshot(MainWindow &window, const QString &directory)
{
    QDir().mkpath(directory);
    window.resize(1360, 820);
    window.tabs()->setCurrentWidget(window.messagesPane());
    // Progress signals are throttled; show the numbers of this very moment.
    if (GenerationEngine *engine = window.generationRunner()->engine())
        window.generationPanel()->showProgress(engine->progress());
    QApplication::processEvents();
    window.grab().save(directory + u"/generation.png"_s);
    window.generationPanel()->grab().save(directory + u"/generation-panel.png"_s);
}

void takeScreenshots(Database &db, MainWindow &window, const QString &directory)
{
    QDir().mkpath(directory);
    window.resize(1360, 820);
    window.tabs()->setCurrentIndex(0);
    QApplication::processEvents();
    window.grab().save(directory + u"/main-window.png"_s);

    window.tabs()->setCurrentWidget(window.messagesPane());
    if (window.messagesPane()->model()->rowCount() > 0)
        window.messagesPane()->view()->setCurrentIndex(window.messagesPane()->model()->index(0, 0));
    QApplication::processEvents();
    window.grab().save(directory + u"/messages.png"_s);
    window.messagesPane()->editor()->grab().save(directory + u"/variant-editor.png"_s);

    ImportDialog dialog(db, u":/demo/leads.csv"_s, &window);
    dialog.resize(980, 520);
    dialog.show();
    QApplication::processEvents();
    dialog.grab().save(directory + u"/import-dialog.png"_s);
    dialog.close();
}

void startScreenshotRun(MainWindow &window, const QString &directory, qint64 campaignId)
{
    if (campaignId <= 0)
        campaignId = window.campaignPane()->currentCampaignId();
    window.campaignPane()->selectCampaign(campaignId);
    GenerationRunner *runner = window.generationRunner();
    GenerationOptions options = runner->options();
    options.concurrency = 2; // slow enough to be caught mid-run
    runner->setOptions(options);
    auto stored = std::make_shared<int>(0);
    QObject::connect(runner, &GenerationRunner::messageStored, &window, [&window, directory, stored] {
        // Outside the engine's signal: taking a screenshot lets events run.
        if (++*stored == 12)
            QTimer::singleShot(0, &window,
                               [&window, directory] { takeGenerationScreenshot(window, directory); });
    });
    auto finish = [&window, directory] {
        takeScreenshots(window.database(), window, directory);
        QCoreApplication::quit();
    };
    QObject::connect(runner, &GenerationRunner::finished, &window, finish);
    if (!runner->generate(campaignId))
        QTimer::singleShot(0, &window, finish);
}

void startSmsScreenshotRun(MainWindow &window, const QString &path)
{
    Campaign campaign;
    campaign.name = QCoreApplication::translate("Screenshots", "SMS spring campaign for existing customers");
    campaign.channel = Channel::Sms;
    campaign.minScore = 60;
    campaign.provider = u"offline"_s;
    campaign.senderName = u"Sam"_s;
    campaign.templateText = u"Hi {{first_name|there}}, quick question about {{company}}."_s;
    if (!CampaignRepository(window.database()).create(campaign)) {
        QCoreApplication::exit(1);
        return;
    }
    window.campaignPane()->model()->refresh();
    window.campaignPane()->selectCampaign(campaign.id);
    GenerationRunner *runner = window.generationRunner();
    QObject::connect(runner, &GenerationRunner::finished, &window, [&window, path] {
        QTimer::singleShot(0, &window, [&window, path] {
            window.resize(1280, 800);
            window.tabs()->setCurrentWidget(window.messagesPane());
            MessagesPane *pane = window.messagesPane();
            if (pane->model()->rowCount() > 1)
                pane->view()->setCurrentIndex(pane->model()->index(1, 0));
            QApplication::processEvents();
            QDir().mkpath(QFileInfo(path).absolutePath());
            window.grab().save(path);
            QCoreApplication::quit();
        });
    });
    if (!runner->generate(campaign.id))
        QCoreApplication::exit(1);
}

} // namespace outreach
