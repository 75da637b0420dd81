#include "CampaignPane.h"

#include "CampaignDelegate.h"
#include "CampaignDialog.h"
#include "CampaignLifecycle.h"
#include "CompactWidgets.h"
#include "DisplayNames.h"
#include "Icons.h"
#include "Prompt.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outreach {

CampaignPane::CampaignPane(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new CampaignListModel(db, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Campaigns</b>"), this);
    title->setContentsMargins(6, 4, 6, 0);
    layout->addWidget(title);
    m_view = new QListView(this);
    m_view->setObjectName(u"campaignList"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CampaignDelegate(m_view));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setUniformItemSizes(true);
    layout->addWidget(m_view, 1);
    // What the selected campaign has cost: in total and per generated message.
    m_cost = new ElidedLabel(this);
    m_cost->setObjectName(u"campaignCost"_s);
    m_cost->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_cost);

    m_new = new QAction(Icons::named(u"campaign-new"_s), tr("&New campaign…"), this);
    m_new->setShortcut(QKeySequence::New);
    m_edit = new QAction(tr("&Edit campaign…"), this);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_duplicate = new QAction(Icons::named(u"campaign-duplicate"_s), tr("D&uplicate"), this);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete = new QAction(Icons::named(u"campaign-delete"_s), tr("&Delete…"), this);
    m_delete->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_edit->setShortcutContext(Qt::WindowShortcut);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // The lifecycle moves the CLI has (campaigns pause/resume/complete/archive).
    m_pause = new QAction(tr("&Pause the test"), this);
    m_pause->setObjectName(u"pauseCampaignAction"_s);
    m_resume = new QAction(tr("&Resume the test"), this);
    m_resume->setObjectName(u"resumeCampaignAction"_s);
    m_complete = new QAction(tr("&Complete the test…"), this);
    m_complete->setObjectName(u"completeCampaignAction"_s);
    m_archive = new QAction(tr("A&rchive…"), this);
    m_archive->setObjectName(u"archiveCampaignAction"_s);
    connect(m_pause, &QAction::triggered, this, [this] { moveTo(CampaignStatus::Paused); });
    connect(m_resume, &QAction::triggered, this, [this] { moveTo(CampaignStatus::Active); });
    connect(m_complete, &QAction::triggered, this, [this] { moveTo(CampaignStatus::Completed); });
    connect(m_archive, &QAction::triggered, this, [this] { moveTo(CampaignStatus::Archived); });
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_view->addActions(
        {m_new, m_edit, m_duplicate, m_delete, separator, m_pause, m_resume, m_complete, m_archive});

    auto *bar = new QToolBar(this);
    bar->setIconSize({18, 18});
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly); // names and shortcuts are in the tooltips and menus
    bar->addAction(m_new);
    bar->addAction(m_duplicate);
    bar->addAction(m_delete);
    layout->addWidget(bar);

    connect(m_new, &QAction::triggered, this, &CampaignPane::newCampaign);
    connect(m_edit, &QAction::triggered, this, &CampaignPane::editCampaign);
    connect(m_duplicate, &QAction::triggered, this, &CampaignPane::duplicateCampaign);
    connect(m_delete, &QAction::triggered, this, &CampaignPane::deleteCampaign);
    connect(m_view, &QListView::activated, this, &CampaignPane::editCampaign);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CampaignPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CampaignPane::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        emit currentCampaignChanged(currentCampaignId());
    });
    updateActions();
}

qint64 CampaignPane::currentCampaignId() const
{
    const auto *s = currentSummary();
    return s ? s->campaign.id : 0;
}

const CampaignSummary *CampaignPane::currentSummary() const
{
    return m_model->summaryAt(m_view->currentIndex().row());
}

void CampaignPane::selectCampaign(qint64 id)
{
    const int row = m_model->rowOfCampaign(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
}

void CampaignPane::updateActions()
{
    const CampaignSummary *s = currentSummary();
    const bool has = s != nullptr;
    m_edit->setEnabled(has);
    m_duplicate->setEnabled(has);
    m_delete->setEnabled(has);
    const auto can = [s](CampaignStatus to) {
        return s && s->campaign.status != to && CampaignLifecycle::canMove(s->campaign.status, to);
    };
    m_pause->setEnabled(can(CampaignStatus::Paused));
    m_resume->setEnabled(s && s->campaign.status == CampaignStatus::Paused);
    m_complete->setEnabled(can(CampaignStatus::Completed));
    m_archive->setEnabled(can(CampaignStatus::Archived));
    if (!s) {
        m_cost->clear();
        return;
    }
    const double cost = s->campaign.costTotal;
    m_cost->setText(
        s->generated > 0
            ? tr("Cost %1 · %2 per message").arg(formatMoney(cost), formatMoney(cost / double(s->generated)))
            : tr("Cost %1").arg(formatMoney(cost)));
    m_cost->setToolTip(tr("%1 spent on generation; %Ln message(s) generated.", nullptr, int(s->generated))
                           .arg(formatMoney(cost)));
}

void CampaignPane::moveTo(CampaignStatus to)
{
    const CampaignSummary *s = currentSummary();
    if (!s)
        return;
    const qint64 id = s->campaign.id;
    if (to == CampaignStatus::Completed &&
        !Prompt::confirm(this, tr("Complete the A/B test"),
                         tr("Complete “%1”? The test stops for good: no more messages are sent, and the "
                            "results stay as they are.")
                             .arg(s->campaign.name),
                         tr("Complete")))
        return;
    if (to == CampaignStatus::Archived &&
        !Prompt::confirm(this, tr("Archive the campaign"),
                         tr("Archive “%1”? It can no longer be changed, generated or sent; its messages "
                            "and results are kept.")
                             .arg(s->campaign.name),
                         tr("Archive")))
        return;
    const auto moved = CampaignRepository(m_db).setStatus(id, to);
    if (!moved)
        Prompt::error(this, tr("The campaign status was not changed"), moved.errorMessage());
    m_model->refreshCampaign(id);
    updateActions();
    emit currentCampaignChanged(currentCampaignId());
}

void CampaignPane::newCampaign()
{
    CampaignDialog dialog(m_db, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->refresh();
    selectCampaign(dialog.savedCampaignId());
}

void CampaignPane::editCampaign()
{
    const auto *s = currentSummary();
    if (!s)
        return;
    CampaignDialog dialog(m_db, s->campaign, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_model->refreshCampaign(s->campaign.id);
        emit currentCampaignChanged(currentCampaignId());
    }
}

void CampaignPane::duplicateCampaign()
{
    const auto *s = currentSummary();
    if (!s)
        return;
    Campaign copy = s->campaign;
    copy.id = 0;
    copy.status = CampaignStatus::Draft;
    copy.costTotal = 0;
    copy.name = tr("%1 (copy)").arg(copy.name);
    const auto created = CampaignRepository(m_db).create(copy);
    if (!created) {
        Prompt::error(this, tr("Could not duplicate the campaign"), created.errorMessage());
        return;
    }
    m_model->refresh();
    selectCampaign(created.value());
}

void CampaignPane::deleteCampaign()
{
    const auto *s = currentSummary();
    if (!s)
        return;
    const qint64 id = s->campaign.id;
    const QString text = tr("Delete the campaign “%1”?\n\nIts %2 generated messages, their variants and all "
                            "recorded events are deleted with it. This cannot be undone.")
                             .arg(s->campaign.name)
                             .arg(s->generated);
    if (!Prompt::confirm(this, tr("Delete campaign"), text, tr("Delete")))
        return;
    const auto removed = CampaignRepository(m_db).remove(id);
    if (!removed)
        Prompt::error(this, tr("Could not delete the campaign"), removed.errorMessage());
    m_model->refresh();
}

} // namespace outreach
