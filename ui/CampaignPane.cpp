#include "CampaignPane.h"

#include "CampaignDelegate.h"
#include "CampaignDialog.h"
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
    m_view->addActions({m_new, m_edit, m_duplicate, m_delete});

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
    const bool has = currentSummary() != nullptr;
    m_edit->setEnabled(has);
    m_duplicate->setEnabled(has);
    m_delete->setEnabled(has);
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
