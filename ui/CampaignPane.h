// The campaign list on the left: channel icon, status and counts per
// campaign; New, Duplicate and Delete (which cascades, so it asks first).
#pragma once

#include "CampaignListModel.h"

#include <QWidget>

class QAction;
class QLabel;
class QListView;

namespace outreach {

class CampaignPane : public QWidget
{
    Q_OBJECT
public:
    CampaignPane(Database &db, QWidget *parent = nullptr);

    CampaignListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    qint64 currentCampaignId() const;
    const CampaignSummary *currentSummary() const;
    void selectCampaign(qint64 id);
    QAction *newAction() const { return m_new; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *editAction() const { return m_edit; }
    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *completeAction() const { return m_complete; }
    QAction *archiveAction() const { return m_archive; }
    QLabel *costLabel() const { return m_cost; }

public slots:
    void newCampaign();
    void editCampaign();
    void duplicateCampaign();
    void deleteCampaign();
    // Pause, resume, complete or archive, as the lifecycle allows (asks first
    // for the moves that cannot be taken back).
    void moveTo(outreach::CampaignStatus to);

signals:
    void currentCampaignChanged(qint64 id);

private:
    void updateActions();

    Database &m_db;
    CampaignListModel *m_model;
    QListView *m_view;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_pause;
    QAction *m_resume;
    QAction *m_complete;
    QAction *m_archive;
    QLabel *m_cost;
};

} // namespace outreach
